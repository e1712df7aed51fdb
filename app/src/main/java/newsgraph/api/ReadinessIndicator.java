package newsgraph.api;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/** /health: "startup" is DOWN (HTTP 503) while the server is still starting, UP once it is ready. */
@Singleton
public class ReadinessIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final Readiness readiness;

    public ReadinessIndicator(Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        String pending = readiness.pending();
        healthStatus = pending == null ? HealthStatus.UP : HealthStatus.DOWN;
        return pending == null ? Map.of("ready", true) : Map.of("ready", false, "doing", pending);
    }

    @Override
    protected String getName() {
        return "startup";
    }
}
