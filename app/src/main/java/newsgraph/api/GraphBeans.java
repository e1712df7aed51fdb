package newsgraph.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import newsgraph.neo4j.GraphStore;
import org.neo4j.driver.Driver;

/**
 * The driver for controllers and services, taken from the {@link GraphStore} that the command
 * opened (embedded or external). The store owns it: Micronaut must not close it.
 */
@Factory
public class GraphBeans {

    @Singleton
    @Bean(preDestroy = "")
    Driver driver(GraphStore store) {
        return store.driver();
    }
}
