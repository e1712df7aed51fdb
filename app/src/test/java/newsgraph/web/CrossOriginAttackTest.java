package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsgraph.cli.ServeCommand;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.Chromium;
import newsgraph.testing.DemoData;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page from another origin, open in a reader's real (headless) Chromium, tries every door into
 * the graph that `serve` opens on this machine: Neo4j's HTTP API (read and write, with and without
 * CORS preflight), Bolt over WebSocket (no credentials, Neo4j's default password) and the app's API
 * (its keyed write, a read). None may read or change anything. Controls show the page's tools work:
 * its Bolt client runs a query when given the real password, and it can fetch from its own origin.
 */
class CrossOriginAttackTest {

    static final String API_KEY = "cross-origin-test-key";

    static GraphStore store;
    static ServeCommand.Server server;
    static HttpServer evilSite;
    static ChromeDriver browser;
    static String neo4jHttp;
    static String boltWs;
    static String evilOrigin;

    @BeforeAll
    static void start() throws IOException {
        int apiPort = TestNeo4j.freePort();
        var settings = TestNeo4j.settings(TestNeo4j.tempDir("newsgraph-attack-"), true)
                .withBrowserKit("http://127.0.0.1:" + apiPort);
        store = GraphStore.embedded(settings).migrate();
        DemoData.ingest(store);
        neo4jHttp = "http://127.0.0.1:" + settings.httpPort();
        boltWs = "ws://127.0.0.1:" + settings.boltPort();
        server = ServeCommand.Server.start(store, "127.0.0.1", apiPort, Map.of("newsgraph.api-key", API_KEY,
                "micronaut.server.cors.configurations.neo4j-browser.allowed-origins", List.of(neo4jHttp)));

        byte[] script;
        try (InputStream in = CrossOriginAttackTest.class.getResourceAsStream("/web/evil.js")) {
            script = in.readAllBytes();
        }
        evilSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evilSite.createContext("/", exchange -> {
            boolean js = exchange.getRequestURI().getPath().equals("/evil.js");
            byte[] body = js ? script : "<!doctype html><title>evil</title><script src=\"/evil.js\"></script>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", js ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        evilSite.start();
        evilOrigin = "http://127.0.0.1:" + evilSite.getAddress().getPort();
        browser = Chromium.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (evilSite != null) {
            evilSite.stop(0);
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** Runs {@code call} (a promise-returning expression over {@code window.evil}) in the page. */
    static Object inPage(String call, Object... args) {
        return browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const args = arguments;"
                        + "Promise.resolve().then(() => " + call + ").then(done, e => done('threw ' + e));", args);
    }

    static String fetchFromPage(String url, String init) {
        return String.valueOf(inPage("window.evil.fetchOutcome(args[0], " + init + ")", url));
    }

    static String graphState() {
        try (var session = store.driver().session()) {
            var r = session.run("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() "
                    + "RETURN nodes, count(r) AS rels").single();
            return r.get("nodes").asLong() + " nodes, " + r.get("rels").asLong() + " relationships";
        }
    }

    @Test
    void aPageFromAnotherOrigin_canNeitherReadNorWriteTheGraph() {
        String before = graphState();
        browser.get(evilOrigin + "/");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> browser.executeScript("return !!window.evil"));

        String json = "{method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(%s)}";
        String simple = "{method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'}, body: JSON.stringify(%s)}";
        String read = "{statements: [{statement: 'MATCH (n) RETURN count(n) AS n'}]}";
        String write = "{statements: [{statement: 'CREATE (:Evil {at: 1}) WITH 1 AS x MATCH (n) DETACH DELETE n'}]}";
        String txCommit = neo4jHttp + "/db/neo4j/tx/commit";

        // Control: the page can fetch from its own origin.
        assertTrue(fetchFromPage(evilOrigin + "/evil.js", "{}").startsWith("answered 200"), "control");

        // Neo4j HTTP: a cross-origin read or write needs a preflight, which names Browser's origin only.
        for (String body : List.of(read, write)) {
            String outcome = fetchFromPage(txCommit, json.formatted(body));
            assertTrue(outcome.startsWith("refused"), "tx/commit " + body + ": " + outcome);
        }
        String queryApi = fetchFromPage(neo4jHttp + "/db/neo4j/query/v2", json.formatted("{statement: 'CREATE (:Evil)'}"));
        assertTrue(queryApi.startsWith("refused"), "query API: " + queryApi);
        // A "simple" request is sent without preflight (the page cannot read the answer): no login, no write.
        fetchFromPage(txCommit, simple.formatted(write));

        // Bolt over WebSocket: no credentials, or Neo4j's default password, are refused before any query.
        for (Object auth : new Object[] {null, List.of("neo4j", "neo4j")}) {
            @SuppressWarnings("unchecked")
            List<String> log = (List<String>) inPage("window.evil.bolt(args[0], args[1], args[2])",
                    boltWs, "CREATE (:Evil) WITH 1 AS x MATCH (n) DETACH DELETE n", auth);
            assertTrue(log.stream().anyMatch(l -> l.contains("FAILURE") || l.startsWith("closed")), "bolt " + auth + ": " + log);
            assertFalse(log.contains("RUN SUCCESS"), "bolt " + auth + ": " + log);
        }
        // Control: the same client with the store's password runs a query, so the refusals above are the login's.
        @SuppressWarnings("unchecked")
        List<String> control = (List<String>) inPage("window.evil.bolt(args[0], args[1], args[2])", boltWs,
                "RETURN 1 AS one", List.of("neo4j", store.embeddedServer().password().value()));
        assertTrue(control.contains("RUN SUCCESS") && control.contains("PULL SUCCESS"), "control bolt: " + control);

        // The app's API: its keyed write and its reads are not open to other origins either.
        String article = "{text: '东岳新区工委书记林海峰出席会议。', title: 'evil'}";
        String post = fetchFromPage(server.apiUrl() + "/api/articles", json.formatted(article));
        assertTrue(post.startsWith("refused"), "POST /api/articles: " + post);
        fetchFromPage(server.apiUrl() + "/api/articles", simple.formatted(article));
        String search = fetchFromPage(server.apiUrl() + "/api/search?q=" + "林", "{}");
        assertTrue(search.startsWith("refused"), "GET /api/search: " + search);

        assertEquals(before, graphState(), "the graph is unchanged");
        try (var session = store.driver().session()) {
            assertEquals(0, session.run("MATCH (n:Evil) RETURN count(n) AS n").single().get("n").asLong());
        }
    }
}
