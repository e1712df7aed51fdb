package newsgraph.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import newsgraph.util.ClasspathFolder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.QueryType;

/**
 * The saved queries of cypher/, by name: the product's query vocabulary, shared by the API, the
 * tests and analysts in Neo4j Browser. Loaded once; {@link #verify} proves each is read-only.
 */
public final class QueryCatalogue {

    private final Map<String, SavedQuery> queries;

    public QueryCatalogue(Collection<SavedQuery> queries) {
        Map<String, SavedQuery> byName = new LinkedHashMap<>();
        for (SavedQuery q : queries) {
            if (byName.put(q.name(), q) != null) {
                throw new IllegalArgumentException("two saved queries are named " + q.name());
            }
        }
        this.queries = Map.copyOf(byName);
    }

    /** The files bundled with the app; a malformed file fails here, naming the file. */
    public static QueryCatalogue bundled() {
        var list = ClasspathFolder.read("cypher", ".cypher").entrySet().stream()
                .map(e -> SavedQueryParser.parse(e.getKey(), e.getValue()))
                .toList();
        return new QueryCatalogue(list);
    }

    public Optional<SavedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** All queries, sorted by name. */
    public Collection<SavedQuery> all() {
        return queries.values().stream().sorted(java.util.Comparator.comparing(SavedQuery::name)).toList();
    }

    /**
     * Plans every query with EXPLAIN (nothing runs) and refuses any that could write: a saved
     * query is read-only by construction, not only by the read transaction it runs in.
     */
    public void verify(Driver driver, SessionConfig sessionConfig) {
        try (var session = driver.session(sessionConfig)) {
            for (SavedQuery q : queries.values()) {
                Map<String, Object> nulls = new HashMap<>();
                q.params().forEach(p -> nulls.put(p.name(), null));
                QueryType type;
                try {
                    type = session.run("EXPLAIN " + q.cypher(), nulls).consume().queryType();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("cypher/" + q.file() + ": " + e.getMessage(), e);
                }
                if (type != QueryType.READ_ONLY) {
                    throw new IllegalArgumentException("cypher/" + q.file() + " is not read-only (" + type
                            + "): saved queries may only read");
                }
            }
        }
    }
}
