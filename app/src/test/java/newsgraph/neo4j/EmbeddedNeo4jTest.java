package newsgraph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
