package newsgraph.graph;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import newsgraph.model.Region;

/**
 * Which person a name in an article is (graph-schema/README.md, "Person identity"). Deterministic,
 * first rule that applies, against the people already in the graph under that name:
 * <ol>
 *   <li>the person who shares a title or an organization with what the article gives them (unless a
 *       decision splits their regions);
 *   <li>with a known region: the person already seen in the article's region (its finest
 *       jurisdiction), or in a region a decision merges with it;
 *   <li>with no region: the person of that name seen with no region either (one corpus, as before);
 *   <li>otherwise a new person, keyed {@code name@region} ({@code name@} without a region).
 * </ol>
 * So the same name in two regions with nothing in common is two people. Reporters are apart:
 * {@code name@outlet/reporter}, never an official. Titles of no level (总书记) tie nobody.
 */
final class PersonRule {

    /** A person in the graph, with the bounded summary written on the node. */
    record Candidate(String key, String name, List<String> regions, List<String> positions, List<String> organizations) {}

    private final PersonDecisions decisions;

    PersonRule(PersonDecisions decisions) {
        this.decisions = decisions;
    }

    String official(String name, Set<String> positions, Set<String> organizations, Region region,
                    List<Candidate> candidates, Collection<String> taken) {
        String finest = region == null ? null : region.name();
        for (Candidate c : candidates) {
            boolean shares = c.positions().stream().anyMatch(positions::contains)
                    || c.organizations().stream().anyMatch(organizations::contains);
            if (shares && !decisions.split(name, c.regions(), finest)) {
                return c.key();
            }
        }
        for (Candidate c : candidates) {
            if (finest != null ? c.regions().contains(finest) || decisions.merged(name, c.regions(), finest)
                    : c.regions().isEmpty()) {
                return c.key();
            }
        }
        String key = name + "@" + (finest == null ? "" : finest);
        String fresh = key;
        for (int n = 2; taken.contains(fresh); n++) {
            fresh = key + "#" + n;
        }
        return fresh;
    }

    /** A reporter is a person of their outlet (the one given or named in the text), whatever the region. */
    static String reporter(String name, String outlet, Region region) {
        return name + "@" + (outlet != null ? outlet : "") + "/reporter";
    }
}
