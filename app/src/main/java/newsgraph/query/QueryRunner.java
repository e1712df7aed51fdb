package newsgraph.query;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import newsgraph.neo4j.EmbeddedNeo4j;
import newsgraph.neo4j.GraphStore;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Runs a saved query with caller-supplied parameters: only declared parameters, converted to
 * their declared types, in a read transaction with a timeout, returning at most a row limit.
 * Through the driver, or straight from the database when the store is embedded in this JVM
 * ({@link #of}).
 */
public final class QueryRunner {

    private final Driver driver;
    private final SessionConfig readSession;
    private final EmbeddedReads embedded;
    private final Duration timeout;
    private final int maxRows;

    public QueryRunner(Driver driver, SessionConfig base, Duration timeout, int maxRows) {
        this(driver, base, null, timeout, maxRows);
    }

    private QueryRunner(Driver driver, SessionConfig base, EmbeddedReads embedded, Duration timeout, int maxRows) {
        this.driver = driver;
        var builder = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        base.database().ifPresent(builder::withDatabase);
        this.readSession = builder.build();
        this.embedded = embedded;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /**
     * The runner for a store: with the embedded server, reads go to its database directly (same
     * read-only transaction, timeout and row limit, without the Bolt round trips that cost more
     * than most queries); with an external Neo4j, through the driver.
     */
    public static QueryRunner of(GraphStore store, Duration timeout, int maxRows) {
        EmbeddedNeo4j server = store.embeddedServer();
        return new QueryRunner(store.driver(), store.sessionConfig(), server == null ? null : new EmbeddedReads(server.database()),
                timeout, maxRows);
    }

    /**
     * @throws IllegalArgumentException for an unknown, missing or ill-typed parameter, with a
     *     message that names it
     */
    public QueryResult run(SavedQuery query, Map<String, Object> given) {
        Map<String, Object> params = bind(query, given == null ? Map.of() : given);
        if (embedded != null) {
            return embedded.run(query, params, timeout, maxRows);
        }
        try (var session = driver.session(readSession)) {
            return session.executeRead(tx -> {
                var result = tx.run(query.cypher(), params);
                return QueryResult.firstRows(query.name(), result.keys(), result, QueryRunner::row, maxRows);
            }, TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of("savedQuery", query.name())).build());
        }
    }

    /** Declared parameters only, typed; defaults fill what was not given. */
    static Map<String, Object> bind(SavedQuery query, Map<String, Object> given) {
        var unknown = new TreeSet<>(given.keySet());
        query.params().forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + unknown
                    + " for query '" + query.name() + "'; it takes " + query.params().stream().map(QueryParam::name).toList());
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (QueryParam p : query.params()) {
            Object value = given.get(p.name());
            if (value == null) {
                if (p.required()) {
                    throw new IllegalArgumentException("missing parameter '" + p.name() + "' (" + p.type().label()
                            + ") for query '" + query.name() + "'");
                }
                bound.put(p.name(), p.defaultValue());
            } else {
                bound.put(p.name(), p.type().convert(p.name(), value));
            }
        }
        return bound;
    }

    private static Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : record.keys()) {
            row.put(key, Values.toJson(record.get(key)));
        }
        return row;
    }
}
