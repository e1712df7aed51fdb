package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import newsgraph.cli.ServeCommand;
import newsgraph.neo4j.EmbeddedSettings;
import newsgraph.neo4j.GraphStore;
import newsgraph.neo4j.Neo4jConnection;
import newsgraph.testing.Http;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * An external Neo4j that goes away: data routes answer 503 within 5 s (not after the driver's
 * 30 s of retries) without Neo4j's own words, the log gets one line per failed request and no
 * stack trace, /health says DOWN, and everything answers again by itself once Neo4j is back.
 */
class Neo4jGoneTest {

    private static List<Supplier<Http.Response>> dataRoutes(Http http) {
        return List.of(
                () -> http.get("/api/events"),
                () -> http.post("/api/queries/search", "{\"q\": \"区\"}"),
                () -> http.get("/api/people/%E6%9E%97%E6%B5%B7%E5%B3%B0"),
                () -> http.get("/api/search?q=%E5%8C%BA"));
    }

    @Test
    void neo4jGone_dataRoutesAnswer503Fast_logOneLineEach_andRecover(@TempDir Path dir) throws Exception {
        EmbeddedSettings settings = TestNeo4j.settings(dir, false);
        GraphStore neo4j = GraphStore.embedded(settings).migrate(); // the search query needs its full-text index
        GraphStore app = GraphStore.external(Neo4jConnection.embedded(neo4j.embeddedServer()));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        try (var server = ServeCommand.Server.start(app, "127.0.0.1", -1)) {
            Http http = new Http(server.apiUrl());
            for (var route : dataRoutes(http)) {
                Http.Response r = route.get();
                assertTrue(r.status() == 200 || r.status() == 404, "before: " + r.status() + " " + r.body());
            }

            neo4j.close();
            log.start();
            root.addAppender(log);
            for (var route : dataRoutes(http)) {
                long t0 = System.nanoTime();
                Http.Response r = route.get();
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                assertEquals(503, r.status(), r.body());
                assertTrue(ms < 5000, "503 after " + ms + " ms");
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertEquals("Neo4j is unavailable; try again shortly", r.json().get("detail").asText(), r.body());
                assertTrue(r.header("retry-after").matches("\\d+"), "Retry-After");
            }
            Http.Response health = http.get("/health");
            assertEquals(503, health.status(), health.body());
            assertTrue(health.body().contains("\"DOWN\""), health.body());
            assertFalse(health.body().contains("bolt"), "anonymous /health shows no URI: " + health.body());
            root.detachAppender(log);

            List<ILoggingEvent> failures = log.list.stream()
                    .filter(e -> e.getLoggerName().equals(ErrorMapping.class.getName())).toList();
            assertEquals(4, failures.size(), "one line per failed request: " + lines(log.list));
            assertTrue(log.list.stream().allMatch(e -> e.getThrowableProxy() == null), "no stack traces: " + lines(log.list));

            neo4j = GraphStore.embedded(settings); // the same store and port: Neo4j is back
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                status = http.get("/api/events").status();
                Thread.sleep(200);
            }
            assertEquals(200, status, "the API recovers by itself once Neo4j is back");
            assertEquals(200, http.get("/health").status());
        } finally {
            root.detachAppender(log);
            app.close();
            neo4j.close();
        }
    }

    private static String lines(List<ILoggingEvent> events) {
        return String.join("\n", events.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage()).toList());
    }
}
