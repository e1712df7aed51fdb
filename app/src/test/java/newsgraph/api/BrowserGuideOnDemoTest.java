package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.browser.GuideExamples;
import newsgraph.cli.ServeCommand;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.SavedQuery;
import newsgraph.testing.DemoData;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Browser guide on the demo's store (fictional articles, no sample pages): its examples come
 * from the store, so every guide query finds rows, and no name from the cypher/ files' own examples
 * (written for the real sample pages) is offered when the store does not have it.
 */
class BrowserGuideOnDemoTest {

    static ServeCommand.Server server;
    static String guide;

    @BeforeAll
    static void demoAndGuide() throws Exception {
        TestNeo4j.clear();
        DemoData.ingest(TestNeo4j.shared());
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1);
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.apiUrl() + "/browser-kit/guide.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        guide = response.body();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyGuideQuery_findsRowsInTheDemoStore() {
        // namesakes is a report over the whole store, empty where no name is held by two people, as in
        // the demo (IdentityTest gives it rows); every other query must show rows
        List<String> empty = new ArrayList<>(BrowserKitTest.runGuideQueries(guide, TestNeo4j.shared()));
        empty.remove("namesakes");
        assertEquals(List.of(), empty, "guide examples that find nothing in the demo");
    }

    @Test
    void everyProbe_namesASavedQuery_andAnswersWithItsParametersOnly() {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        try (var session = TestNeo4j.shared().driver().session()) {
            for (var probe : GuideExamples.bundledProbes().entrySet()) {
                SavedQuery q = catalogue.get(probe.getKey()).orElseThrow(() ->
                        new AssertionError("guide-examples.tsv probes '" + probe.getKey() + "', which is no saved query"));
                var result = session.run(probe.getValue());
                List<String> params = q.params().stream().map(p -> p.name()).toList();
                assertTrue(params.containsAll(result.keys()), q.name() + ": columns " + result.keys() + ", params " + params);
                assertFalse(result.list().isEmpty(), q.name() + ": the probe finds candidates in the demo");
            }
        }
    }

    @Test
    void theGuide_offersNoExampleNameTheStoreDoesNotHave() {
        List<String> absent = new ArrayList<>();
        try (var session = TestNeo4j.shared().driver().session()) {
            for (SavedQuery q : QueryCatalogue.bundled().all()) {
                for (Object value : q.example().values()) {
                    if (value instanceof String s && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN)) {
                        boolean inStore = session.run("MATCH (n) WHERE $v IN [n.name, n.title, n.file] OR $v IN"
                                + " coalesce(n.aliases, []) RETURN count(n) > 0 AS found", Map.of("v", s))
                                .single().get("found").asBoolean();
                        if (!inStore) {
                            absent.add(s);
                        }
                    }
                }
            }
        }
        assertFalse(absent.isEmpty(), "the cypher/ examples name the sample pages, which the demo does not have");
        for (String name : absent) {
            assertFalse(guide.contains("'" + name + "'"), "the guide offers '" + name + "', which is not in the store");
        }
        assertTrue(guide.contains("林海峰"), "the demo's most present official is offered");
    }
}
