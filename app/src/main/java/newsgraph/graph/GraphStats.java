package newsgraph.graph;

import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Node counts per label and relationship counts per type. Labels and types starting with {@code __} are our
 * bookkeeping (schema version, ingest ledger, the alias index of graph-schema V017) and are counted apart
 * from the domain.
 */
public record GraphStats(Map<String, Long> nodes, Map<String, Long> relationships, Map<String, Long> bookkeeping) {

    public static GraphStats read(Driver driver, SessionConfig sessionConfig) {
        Map<String, Long> nodes = new TreeMap<>();
        Map<String, Long> bookkeeping = new TreeMap<>();
        Map<String, Long> relationships = new TreeMap<>();
        try (var session = driver.session(sessionConfig)) {
            session.executeRead(tx -> {
                tx.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").forEachRemaining(r -> {
                    String label = r.get("label").asString();
                    (label.startsWith("__") ? bookkeeping : nodes).put(label, r.get("n").asLong());
                });
                tx.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").forEachRemaining(r -> {
                    String type = r.get("type").asString();
                    (type.startsWith("__") ? bookkeeping : relationships).put(type, r.get("n").asLong());
                });
                return null;
            });
        }
        return new GraphStats(nodes, relationships, bookkeeping);
    }

    public long relationshipTotal() {
        return relationships.values().stream().mapToLong(Long::longValue).sum();
    }
}
