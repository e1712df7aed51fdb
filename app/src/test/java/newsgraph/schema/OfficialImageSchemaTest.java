package newsgraph.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import newsgraph.neo4j.GraphStore;
import newsgraph.neo4j.Neo4jConnection;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The schema against the official Neo4j image, as deployed with docker/compose.yaml. Where no
 * Docker engine runs (these machines), JUnit reports this test as skipped, not passed.
 */
@Testcontainers(disabledWithoutDocker = true)
class OfficialImageSchemaTest {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:2026.08.1-community")
            .withAdminPassword("newsgraph-test");

    @Test
    void bundledSchema_appliesToTheOfficialImage_once() {
        var connection = new Neo4jConnection(NEO4J.getBoltUrl(), "neo4j", "newsgraph-test", null);
        try (GraphStore store = GraphStore.external(connection)) {
            SchemaMigrator migrator = SchemaMigrator.bundled();
            assertEquals(migrator.migrations().size(), migrator.migrate(store.driver(), store.sessionConfig()).size());
            assertEquals(0, migrator.migrate(store.driver(), store.sessionConfig()).size());
        }
    }
}
