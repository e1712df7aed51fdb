package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import newsgraph.cli.ServeCommand;
import newsgraph.neo4j.EmbeddedNeo4j;
import newsgraph.neo4j.GraphStore;
import newsgraph.neo4j.Neo4jConnection;
import newsgraph.testing.Http;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad request gets application/problem+json with a message that says what is wrong. */
class ApiErrorsTest {

    static ServeCommand.Server server;
    static Http http;

    @BeforeAll
    static void start() {
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, Map.of("newsgraph.api-key", "s3cret-key"));
        http = new Http(server.apiUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertProblem(Http.Response r, int status, String inDetail) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), "content type " + r.contentType());
        var json = r.json();
        assertEquals(status, json.get("status").asInt(), r.body());
        assertTrue(json.get("detail").asText().contains(inDetail), "detail should mention '" + inDetail + "': " + r.body());
    }

    @Test
    void catalogue_listsAndDescribesQueries() {
        var list = http.get("/api/queries");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("\"event-attendees\""), list.body());
        var one = http.get("/api/queries/person-events").json();
        assertEquals("person-events", one.get("name").asText());
        assertEquals("date", one.get("params").get(1).get("type").asText());
    }

    @Test
    void unknownQuery_is404() {
        assertProblem(http.get("/api/queries/drop-everything"), 404, "no saved query named 'drop-everything'");
        assertProblem(http.post("/api/queries/drop-everything", "{}"), 404, "drop-everything");
    }

    @Test
    void malformedJson_is400() {
        assertProblem(http.post("/api/queries/search", "{\"q\": "), 400, "");
    }

    @Test
    void unknownMissingAndWronglyTypedParameters_are400() {
        assertProblem(http.post("/api/queries/search", "{\"q\": \"区\", \"where\": \"1=1\"}"), 400, "unknown parameter [where]");
        assertProblem(http.post("/api/queries/search", "{}"), 400, "missing parameter 'q'");
        assertProblem(http.post("/api/queries/search", "{\"q\": \"区\", \"limit\": \"ten\"}"), 400, "'limit' must be an integer");
        assertProblem(http.post("/api/queries/person-events", "{\"name\": \"甲\", \"from\": \"June\"}"), 400, "YYYY-MM-DD");
    }

    @Test
    void bodyTooLarge_is413() {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        var r = http.postBytes("/api/queries/search", big, "application/json");
        assertEquals(413, r.status(), r.body());
    }

    @Test
    void unknownQueryStringParameter_andBadPaging_are400() {
        assertProblem(http.get("/api/events?persn=%E7%94%B2"), 400, "unknown query parameter [persn]");
        assertProblem(http.get("/api/events?size=1000"), 400, "size must be between 1 and 100");
        assertProblem(http.get("/api/search"), 400, "?q=");
    }

    @Test
    void missingEntities_are404() {
        assertProblem(http.get("/api/people/%E6%97%A0%E5%90%8D%E6%B0%8F"), 404, "no person named '无名氏'");
        assertProblem(http.get("/api/events/not-an-id"), 404, "no event with id 'not-an-id'");
    }

    @Test
    void writesWithoutTheRightKey_areRefused() {
        String body = "{\"text\": \"本报讯 测试。\"}";
        assertProblem(http.post("/api/articles", body), 401, "X-API-Key");
        assertProblem(http.post("/api/articles", body, "X-API-Key", "guess"), 401, "wrong");
    }

    @Test
    void writesWithNoKeyConfigured_areRefusedNotOpen() {
        try (var open = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1)) {
            var r = new Http(open.apiUrl()).post("/api/articles", "{\"text\": \"本报讯 测试。\"}", "X-API-Key", "");
            assertProblem(r, 403, "no API key is configured");
        }
    }

    @Test
    void neo4jUnavailable_is503(@TempDir Path dir) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(TestNeo4j.settings(dir, false));
        GraphStore store = GraphStore.external(Neo4jConnection.embedded(neo4j));
        try (var s = ServeCommand.Server.start(store, "127.0.0.1", -1)) {
            neo4j.close();
            assertProblem(new Http(s.apiUrl()).post("/api/queries/search", "{\"q\": \"区\"}"), 503, "Neo4j is unavailable");
        } finally {
            store.close();
        }
    }
}
