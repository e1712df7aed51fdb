package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
        assertProblem(http.get("/api/parks/%E5%9B%AD?limit=500"), 400, "limit must be between 1 and 200, got 500");
        assertProblem(http.get("/api/parks/%E5%9B%AD?size=5"), 400, "unknown query parameter [size]");
        assertProblem(http.get("/api/organizations/%E5%B8%82%E5%A7%94?limit=0"), 400, "limit must be between 1 and 200, got 0");
        assertProblem(http.get("/api/organizations/%E5%B8%82%E5%A7%94?page=2"), 400, "unknown query parameter [page]");
        assertProblem(http.get("/api/evidence?from=a&to=b&limit=500"), 400, "limit must be between 1 and 200, got 500");
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
    void writingMethodsOnPagesAndFiles_are405() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "POST"}) {
            for (String path : new String[] {"/", "/index.html", "/swagger-ui/index.html", "/health"}) {
                var r = http.send(method, path, "");
                assertProblem(r, 405, "not allowed");
                assertTrue(r.header("allow").contains("GET"), method + " " + path + ": Allow " + r.header("allow"));
            }
        }
        var api = http.send("PUT", "/api/extract", "{}");
        assertProblem(api, 405, "not allowed");
        assertEquals("POST", api.header("allow"));
        assertEquals(200, http.get("/").status(), "the page itself still reads");
    }

    @Test
    void hugeQueryString_is414() {
        var r = http.get("/api/search?q=" + "a".repeat(50_000));
        assertEquals(414, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(200, http.get("/api/queries").status(), "the server reads the next request");
    }

    @Test
    void wrongJsonShapes_speakOfFields_notJavaTypes() {
        assertProblem(http.post("/api/extract", "[1, 2]"), 400, "the body must be a JSON object");
        assertProblem(http.post("/api/extract", "\"text\""), 400, "the body must be a JSON object");
        assertProblem(http.post("/api/queries/search", "42"), 400, "the body must be a JSON object");
        assertProblem(http.post("/api/extract", "{\"text\": 5}"), 400, "\"text\" must be a string");
        assertProblem(http.post("/api/extract", "{\"text\": \"本报讯\", }"), 400, "malformed JSON at line 1");
        assertProblem(http.get("/api/events?page=x"), 400, "parameter 'page' must be an integer, got 'x'");
        for (var r : List.of(http.post("/api/extract", "[1]"), http.post("/api/extract", "{\"text\": \"本"),
                http.get("/api/search?q=x&limit=1.5"))) {
            assertFalse(r.body().contains("java.") || r.body().contains("Source: REDACTED"), r.body());
        }
    }

    @Test
    void anonymousHealth_showsStatusOnly() {
        var r = http.get("/health");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("\"status\":\"UP\""), r.body());
        for (String secret : new String[] {"bolt", "uri", "version", "neo4j"}) {
            assertFalse(r.body().toLowerCase(java.util.Locale.ROOT).contains(secret), "/health shows " + secret + ": " + r.body());
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
