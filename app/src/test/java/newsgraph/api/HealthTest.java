package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import newsgraph.cli.ServeCommand;
import newsgraph.neo4j.EmbeddedNeo4j;
import newsgraph.neo4j.GraphStore;
import newsgraph.neo4j.Neo4jConnection;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_isUp_whenNeo4jAnswers() throws Exception {
        GraphStore store = TestNeo4j.shared();
        try (var server = ServeCommand.Server.start(store, "127.0.0.1", -1)) {
            var response = get(server.apiUrl() + "/health");
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        }
    }

    @Test
    void health_saysNeo4jIsDown_whenTheServerIsGone(@TempDir Path dir) throws Exception {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(TestNeo4j.settings(dir, false));
        GraphStore store = GraphStore.external(Neo4jConnection.embedded(neo4j));
        try (var server = ServeCommand.Server.start(store, "127.0.0.1", -1)) {
            assertEquals(200, get(server.apiUrl() + "/health").statusCode());
            neo4j.close();
            var response = get(server.apiUrl() + "/health");
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"status\":\"DOWN\""), response.body());
        } finally {
            store.close();
        }
    }
}
