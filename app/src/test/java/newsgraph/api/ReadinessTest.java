package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import newsgraph.cli.ServeCommand;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

/** /health says DOWN while start-up is still at work (demo writing its samples), UP once it is done. */
class ReadinessTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> health(ServeCommand.Server server) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.apiUrl() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_isDownUntilStartupIsDone_thenUp() throws Exception {
        Readiness readiness = Readiness.pending("writing the sample articles");
        try (var server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, Map.of(), readiness)) {
            var starting = health(server);
            assertEquals(503, starting.statusCode(), starting.body());
            assertTrue(starting.body().contains("\"status\":\"DOWN\""), starting.body());

            server.markReady();
            var ready = health(server);
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        }
    }
}
