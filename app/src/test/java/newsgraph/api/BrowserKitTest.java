package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import newsgraph.cli.ServeCommand;
import newsgraph.neo4j.GraphStore;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.SavedQuery;
import newsgraph.testing.NeedsShared;
import newsgraph.testing.SamplePages;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * What Neo4j Browser loads from the app, over real HTTP: the style and the guide (with CORS for the
 * Browser origin only), the favorites zip; and the embedded server telling Browser to load them.
 */
@NeedsShared
class BrowserKitTest {

    static final String BROWSER_ORIGIN = "http://127.0.0.1:7474";
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final QueryCatalogue CATALOGUE = QueryCatalogue.bundled();
    static ServeCommand.Server server;

    @BeforeAll
    static void ingestAndServe() {
        TestNeo4j.clear();
        SamplePages.ingest(TestNeo4j.shared());
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1,
                Map.of("micronaut.server.cors.configurations.neo4j-browser.allowed-origins", List.of(BROWSER_ORIGIN)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.apiUrl() + path)).GET();
        if (origin != null) {
            request.header("Origin", origin);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void grass_isServedToTheBrowserOrigin_withCors_andStylesEveryLabel() throws Exception {
        HttpResponse<byte[]> r = get("/browser-kit/newsgraph.grass", BROWSER_ORIGIN);
        assertEquals(200, r.statusCode());
        assertEquals(BROWSER_ORIGIN, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String grass = text(r);
        for (String label : List.of("Person", "Official", "Reporter", "Organization", "Position", "Park", "Project",
                "Event", "Place", "Article")) {
            assertTrue(grass.contains("node." + label + " {"), label);
        }
        assertTrue(grass.matches("(?s).*relationship\\.ATTENDED \\{[^}]*caption: \"\\{role}\".*"), "ATTENDED by role (one record per article and role)");
        assertTrue(grass.matches("(?s).*relationship\\.ORGANIZED \\{[^}]*caption: \"\\{role}\".*"), "ORGANIZED by role");
        assertTrue(grass.matches("(?s).*relationship\\.HELD \\{[^}]*caption: \"\\{date}\".*"), "HELD by the date of its article");
        assertTrue(grass.matches("(?s).*node\\.Position \\{[^}]*caption: \"\\{title}\".*"), "positions by title");
    }

    @Test
    void otherOrigins_getNoCorsPermission() throws Exception {
        HttpResponse<byte[]> r = get("/browser-kit/guide.html", "http://evil.example");
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
        HttpResponse<byte[]> browser = get("/browser-kit/guide.html", BROWSER_ORIGIN);
        assertEquals(BROWSER_ORIGIN, browser.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void guide_hasASlidePerSavedQuery_withParamsThenQueryInSeparateBlocks_thatAnswerOnTheStore() throws Exception {
        HttpResponse<byte[]> r = get("/browser-kit/guide.html", BROWSER_ORIGIN);
        assertEquals(200, r.statusCode());
        String guide = text(r);
        assertEquals(CATALOGUE.all().size() + 2, guide.split("<slide ", -1).length - 1, "intro, style, one per query");
        assertTrue(guide.contains(":style " + server.apiUrl() + "/browser-kit/newsgraph.grass"), "style link to this app");
        assertEquals(List.of(), runGuideQueries(guide, TestNeo4j.shared()), "guide examples that find nothing in the store");
    }

    @Test
    void guideAndGrass_sayUtf8_whateverTheAcceptHeader() throws Exception {
        for (String path : List.of("/browser-kit/guide.html", "/browser-kit/newsgraph.grass", "/", "/reporter.js", "/reporter.css")) {
            for (String accept : List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*")) {
                var response = CLIENT.send(HttpRequest.newBuilder(URI.create(server.apiUrl() + path)).header("Accept", accept)
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                String type = response.headers().firstValue("Content-Type").orElse("");
                assertEquals(200, response.statusCode(), path);
                assertTrue(type.toLowerCase().replace(" ", "").contains("charset=utf-8"), path + " (" + accept + "): " + type);
            }
        }
    }

    /**
     * Runs every saved-query slide of the guide as a Browser user does: the :param block (each value
     * evaluated by the server, as Browser's {@code =>} form does), then the query block on its own.
     * Returns the names of the queries that found no rows.
     */
    static List<String> runGuideQueries(String guide, GraphStore store) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        Matcher slide = Pattern.compile("(?s)<slide .*?<h3>([a-z-]+)</h3>(.*?)</slide>").matcher(guide);
        while (slide.find()) {
            List<String> runnable = new ArrayList<>();
            Matcher m = Pattern.compile("(?s)<pre class=\"pre-scrollable code runnable\">(.*?)</pre>").matcher(slide.group(2));
            while (m.find()) {
                runnable.add(unescape(m.group(1)));
            }
            blocks.put(slide.group(1), runnable);
        }
        assertEquals(CATALOGUE.all().stream().map(SavedQuery::name).toList(), List.copyOf(blocks.keySet()));
        List<String> empty = new ArrayList<>();
        try (var session = store.driver().session(store.sessionConfig())) {
            for (var e : blocks.entrySet()) {
                SavedQuery q = CATALOGUE.get(e.getKey()).orElseThrow();
                List<String> runnable = e.getValue();
                assertEquals(q.params().isEmpty() ? 1 : 2, runnable.size(), q.name() + ": params block, then query block");
                String query = runnable.getLast();
                assertEquals(q.cypher(), query, q.name() + ": the query block is the query alone");
                Map<String, Object> params = new HashMap<>();
                if (runnable.size() == 2) {
                    for (String line : runnable.getFirst().split(";\n")) {
                        Matcher p = Pattern.compile(":param (\\w+) => (.*)").matcher(line);
                        assertTrue(p.matches(), q.name() + ": not a :param line: " + line);
                        Record value = session.run("RETURN " + p.group(2) + " AS v").single();
                        params.put(p.group(1), value.get("v").asObject());
                    }
                }
                assertEquals(q.params().size(), params.size(), q.name() + ": a :param line per declared parameter");
                if (session.run(query, params).list().isEmpty()) {
                    empty.add(q.name());
                }
            }
        }
        return empty;
    }

    @Test
    void favoritesZip_hasEverySavedQuery_namedAfterItInTheNewsgraphFolder() throws Exception {
        HttpResponse<byte[]> r = get("/browser-kit/newsgraph-favorites.zip", null);
        assertEquals(200, r.statusCode());
        Map<String, String> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(r.body()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(CATALOGUE.all().size(), files.size());
        for (SavedQuery q : CATALOGUE.all()) {
            String text = files.get("newsgraph/" + q.name() + ".cypher");
            assertNotEquals(null, text, q.name());
            // Browser names a favorite after its first line, without the leading //.
            assertTrue(text.startsWith("// " + q.name() + " — "), text.lines().findFirst().orElse(""));
            assertTrue(text.contains(q.cypher()), q.name());
        }
    }

    @Test
    void embeddedServer_tellsBrowserToLoadTheStyleAndTheGuide() {
        var settings = TestNeo4j.settings(TestNeo4j.tempDir("newsgraph-kit-"), true).withBrowserKit("http://127.0.0.1:18080");
        try (GraphStore store = GraphStore.embedded(settings);
                var session = store.driver().session(store.sessionConfig())) {
            Map<String, String> config = new HashMap<>();
            session.run("CALL dbms.clientConfig()").list()
                    .forEach(rec -> config.put(rec.get("name").asString(), rec.get("value").asString()));
            assertEquals("style http://127.0.0.1:18080/browser-kit/newsgraph.grass; play http://127.0.0.1:18080/browser-kit/guide.html",
                    config.get("browser.post_connect_cmd"), config.toString());
            assertTrue(List.of(config.get("browser.remote_content_hostname_whitelist").split(",")).contains("127.0.0.1"),
                    config.toString());
            assertFalse(config.containsKey("browser.remote_content_hostname_allowlist"),
                    "Neo4j 2026.x still uses the whitelist key; if this changes, Browser's key must be checked");
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
