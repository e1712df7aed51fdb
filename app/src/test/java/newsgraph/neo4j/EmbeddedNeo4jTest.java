package newsgraph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

class EmbeddedNeo4jTest {

    @TempDir
    Path dir;

    @Test
    void embeddedServer_servesBoltAndBrowser_andKeepsDataAcrossRestart() throws Exception {
        EmbeddedSettings settings = TestNeo4j.settings(dir, true);
        try (GraphStore store = GraphStore.embedded(settings)) {
            try (var session = store.driver().session()) {
                session.run("CREATE (:Probe {name: '测试'})").consume();
            }
            var response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(store.embeddedServer().browserUrl())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "Neo4j Browser answers at " + store.embeddedServer().browserUrl());
            assertTrue(response.body().toLowerCase().contains("<html"), "Browser serves its page");
        }
        try (GraphStore again = GraphStore.embedded(TestNeo4j.settings(dir, false));
                var session = again.driver().session()) {
            String name = session.run("MATCH (p:Probe) RETURN p.name AS name").single().get("name").asString();
            assertEquals("测试", name, "the node written before the restart is still there");
        }
    }

    @Test
    void authentication_isOn_withAPasswordKeptInTheStoreForItsOwnerOnly_andReusedOnRestart() throws Exception {
        String first;
        try (GraphStore store = GraphStore.embedded(TestNeo4j.settings(dir, true))) {
            Path file = dir.resolve(StorePassword.FILE_NAME);
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
            first = Files.readString(file).strip();
            assertTrue(first.length() >= 16, "a generated password of some strength: " + first.length());
            assertEquals(first, store.embeddedServer().password().value());

            String bolt = store.embeddedServer().boltUri();
            try (var anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThrows(AuthenticationException.class, anonymous::verifyConnectivity);
            }
            try (var wrong = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"))) {
                assertThrows(AuthenticationException.class, wrong::verifyConnectivity, "Neo4j's default password");
            }

            // The HTTP API: no login, no query; and no wildcard CORS.
            String http = store.embeddedServer().browserUrl().replace("/browser/", "");
            var commit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http + "/db/neo4j/tx/commit"))
                    .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"statements\":[{\"statement\":\"CREATE (:Evil)\"}]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, commit.statusCode(), commit.body());
            String allowed = commit.headers().firstValue("Access-Control-Allow-Origin").orElse("");
            assertEquals(store.embeddedServer().browserUrl().replace("/browser/", ""), allowed,
                    "only Browser's own origin, never * or the caller's");
            assertEquals(0, count(store, "MATCH (n:Evil) RETURN count(n) AS n"));
        }
        try (GraphStore again = GraphStore.embedded(TestNeo4j.settings(dir, false))) {
            assertEquals(first, again.embeddedServer().password().value(), "the same password on the next start");
            assertEquals(first, Files.readString(dir.resolve(StorePassword.FILE_NAME)).strip());
        }
    }

    @Test
    void aGivenPassword_replacesTheStoresAndIsKept() throws Exception {
        try (GraphStore store = GraphStore.embedded(TestNeo4j.settings(dir, false))) {
            assertNotNull(store.driver());
        }
        String chosen = "chosen-secret-42";
        try (GraphStore store = GraphStore.embedded(TestNeo4j.settings(dir, false).withPassword(chosen))) {
            try (var driver = GraphDatabase.driver(store.embeddedServer().boltUri(), AuthTokens.basic("neo4j", chosen))) {
                driver.verifyConnectivity();
            }
        }
        assertEquals(chosen, Files.readString(dir.resolve(StorePassword.FILE_NAME)).strip());
        try (GraphStore store = GraphStore.embedded(TestNeo4j.settings(dir, false))) {
            assertEquals(chosen, store.embeddedServer().password().value(), "kept for the starts that give none");
        }
        var tooShort = assertThrows(IllegalArgumentException.class,
                () -> GraphStore.embedded(TestNeo4j.settings(dir, false).withPassword("short")));
        assertTrue(tooShort.getMessage().contains("at least 8"), tooShort.getMessage());
    }

    private static long count(GraphStore store, String cypher) {
        try (var session = store.driver().session()) {
            return session.run(cypher).single().get("n").asLong();
        }
    }

    @Test
    void queries_areNotCollectedByNeo4jsDataCollector() {
        try (GraphStore store = GraphStore.embedded(TestNeo4j.settings(dir, false));
                var session = store.driver().session()) {
            for (int i = 0; i < 3; i++) {
                session.run("MATCH (n) RETURN count(n) AS n").consume();
            }
            String status = session.run("CALL db.stats.status() YIELD section, status WHERE section = 'QUERIES' RETURN status")
                    .single().get("status").asString();
            assertEquals("idle", status, "the data collector keeps no snapshot of every query");
            long kept = session.run("CALL db.stats.retrieve('QUERIES') YIELD data RETURN count(data) AS n").single().get("n").asLong();
            assertEquals(0, kept, "no query was kept");
        }
    }

    @Test
    void secondServerOnTheSameStore_isRefusedWithAClearMessage() {
        try (GraphStore first = GraphStore.embedded(TestNeo4j.settings(dir, false))) {
            assertNotNull(first.driver());
            StoreInUseException e = assertThrows(StoreInUseException.class,
                    () -> GraphStore.embedded(TestNeo4j.settings(dir, false)).close());
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
            try (var session = first.driver().session()) {
                assertEquals(1, session.run("RETURN 1 AS one").single().get("one").asInt(),
                        "the first server still works after the refused second start");
            }
        }
    }

    @Test
    void settings_rejectBadPorts() {
        assertThrows(IllegalArgumentException.class, () -> new EmbeddedSettings(dir, "127.0.0.1", 0, 7474, 1L << 26));
        assertThrows(IllegalArgumentException.class, () -> new EmbeddedSettings(dir, "127.0.0.1", 7687, 70000, 1L << 26));
    }

    @Test
    void connection_rejectsWhatIsNotANeo4jUri() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Neo4jConnection("http://localhost:7474", null, null, null));
        assertTrue(e.getMessage().contains("not a Neo4j URI"));
        new Neo4jConnection("neo4j+s://abcd.databases.neo4j.io", "neo4j", "secret", null);
    }
}
