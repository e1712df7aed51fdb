package newsgraph.graph;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an article's write needs to know of the graph before it writes: the answers of
 * {@code graph/lookup.cypher} and {@code graph/lookup-aliases.cypher}. {@link GraphWriter} asks a
 * live Neo4j; {@link ImportGraph} answers from the graph it is building in memory for the bulk
 * importer, so both decide identities by the same code ({@link ArticleRows}).
 */
interface GraphView {

    /** An event already in the graph on one of the article's dates. */
    record KnownEvent(String id, String match, String region, LocalDate date) {}

    /** Each key that is the key of an Organization, mapped to that node's key. */
    Map<String, String> organizations(Collection<String> keys);

    /** Each key that is the name of a Park, mapped to that park's name. */
    Map<String, String> parks(Collection<String> keys);

    /** Organizations (to their key) and parks (to their name) carrying one of the keys as an alias. */
    record Aliases(Map<String, String> organizations, Map<String, String> parks) {}

    /** The nodes carrying one of the keys as an alias, the first found for each key. */
    Aliases aliases(Collection<String> organizationKeys, Collection<String> parkKeys);

    /** The people (not reporters only) going by one of the names, in the order the graph gives them. */
    List<PersonRule.Candidate> people(Collection<String> names);

    /** The events of the given dates. */
    List<KnownEvent> events(Collection<LocalDate> dates);
}
