package newsgraph.api;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import newsgraph.neo4j.GraphStore;

/** /health: Neo4j is UP when a read query answers, DOWN (HTTP 503) otherwise. */
@Singleton
public class Neo4jHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final GraphStore store;

    public Neo4jHealthIndicator(GraphStore store) {
        this.store = store;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uri", store.connection().uri());
        details.put("embedded", store.embeddedServer() != null);
        try (var session = store.driver().session(store.sessionConfig())) {
            // Auto-commit, so the driver does not retry for 30 s: health must answer quickly.
            var record = session.run("CALL dbms.components() YIELD name, versions, edition"
                    + " WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition").single();
            details.put("version", record.get("version").asString());
            details.put("edition", record.get("edition").asString());
            healthStatus = HealthStatus.UP;
        } catch (RuntimeException e) {
            details.put("error", e.getMessage());
            healthStatus = HealthStatus.DOWN;
        }
        return details;
    }

    @Override
    protected String getName() {
        return "neo4j";
    }
}
