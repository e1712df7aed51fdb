package newsgraph.query;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Saved queries read straight from the embedded database, in the caller's thread, when the store
 * runs in this JVM: no Bolt round trips, no second thread per message. A trivial query through the
 * driver cost ~1 ms of CPU per request at 100k articles (BENCHMARKS.md), more than the HTTP stack
 * itself by an order of magnitude.
 *
 * <p>The guarantees are the driver path's: each query runs in its own transaction with the same
 * timeout, under a security context that may only read (a write fails in the kernel, whatever the
 * query), and Neo4j's failures reach the caller as the driver's exceptions with the same status
 * codes, so the API maps them to the same responses.
 */
final class EmbeddedReads {

    private final GraphDatabaseAPI db;
    private final SecurityContext readOnly;

    EmbeddedReads(GraphDatabaseService db) {
        this.db = (GraphDatabaseAPI) db;
        this.readOnly = SecurityContext.authDisabled(StaticAccessMode.READ, ClientConnectionInfo.EMBEDDED_CONNECTION,
                db.databaseName());
    }

    QueryResult run(SavedQuery query, Map<String, Object> params, Duration timeout, int maxRows) {
        try (var tx = db.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly, ClientConnectionInfo.EMBEDDED_CONNECTION,
                timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            tx.setMetaData(Map.of("savedQuery", query.name()));
            try (var result = tx.execute(query.cypher(), params)) {
                List<String> columns = result.columns();
                QueryResult read = QueryResult.firstRows(query.name(), columns, result, values -> {
                    Map<String, Object> row = new LinkedHashMap<>(); // in the query's column order, as the driver gives it
                    columns.forEach(k -> row.put(k, toJson(values.get(k))));
                    return row;
                }, maxRows);
                tx.commit();
                return read;
            }
        } catch (RuntimeException e) {
            throw asDriverException(e);
        }
    }

    /** Neo4j's failure as the driver reports the same status code (the API maps those). */
    static RuntimeException asDriverException(RuntimeException e) {
        if (e instanceof DatabaseShutdownException) {
            return new ServiceUnavailableException("the database is shut down", e);
        }
        Status status = Status.statusCodeOf(e);
        if (status == null) {
            return e;
        }
        String code = status.code().serialize();
        String message = e.getMessage();
        // Neo4j's own message and stack stay in the server log (ErrorMapping logs the message).
        return switch (status.code().classification()) {
            case ClientError, ClientNotification -> new ClientException(code, message);
            case TransientError -> new TransientException(code, message);
            default -> new DatabaseException(code, message);
        };
    }

    /** Embedded values as the driver path's {@link Values#toJson}: the same JSON either way. */
    static Object toJson(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double) {
            return v;
        }
        if (v instanceof Number n) {
            return n instanceof Float ? (Object) n.doubleValue() : (Object) n.longValue();
        }
        if (v instanceof Node n) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", n.getElementId());
            List<String> labels = new ArrayList<>();
            n.getLabels().forEach(l -> labels.add(l.name()));
            map.put("labels", labels);
            map.put("properties", toJson(n.getAllProperties()));
            return map;
        }
        if (v instanceof Relationship r) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", r.getElementId());
            map.put("type", r.getType().name());
            map.put("start", r.getStartNode().getElementId());
            map.put("end", r.getEndNode().getElementId());
            map.put("properties", toJson(r.getAllProperties()));
            return map;
        }
        if (v instanceof Path p) {
            List<Object> nodes = new ArrayList<>();
            p.nodes().forEach(n -> nodes.add(toJson(n)));
            List<Object> rels = new ArrayList<>();
            p.relationships().forEach(r -> rels.add(toJson(r)));
            return Map.of("nodes", nodes, "relationships", rels);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, x) -> map.put((String) k, toJson(x)));
            return map;
        }
        if (v instanceof Iterable<?> it) {
            List<Object> list = new ArrayList<>();
            it.forEach(x -> list.add(toJson(x)));
            return list;
        }
        if (v.getClass().isArray()) { // list properties (aliases) come as Java arrays
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                list.add(toJson(Array.get(v, i)));
            }
            return list;
        }
        return v.toString(); // dates and times: their ISO text, as the driver path gives them
    }
}
