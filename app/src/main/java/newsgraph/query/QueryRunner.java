package newsgraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Runs a saved query with caller-supplied parameters: only declared parameters, converted to
 * their declared types, in a read transaction with a timeout, returning at most a row limit.
 */
public final class QueryRunner {

    private final Driver driver;
    private final SessionConfig readSession;
    private final Duration timeout;
    private final int maxRows;

    public QueryRunner(Driver driver, SessionConfig base, Duration timeout, int maxRows) {
        this.driver = driver;
        var builder = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        base.database().ifPresent(builder::withDatabase);
        this.readSession = builder.build();
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /**
     * @throws IllegalArgumentException for an unknown, missing or ill-typed parameter, with a
     *     message that names it
     */
    public QueryResult run(SavedQuery query, Map<String, Object> given) {
        Map<String, Object> params = bind(query, given == null ? Map.of() : given);
        try (var session = driver.session(readSession)) {
            return session.executeRead(tx -> {
                var result = tx.run(query.cypher(), params);
                List<Map<String, Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    rows.add(row(result.next()));
                }
                return new QueryResult(query.name(), result.keys(), rows, truncated, maxRows);
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
