package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.cli.ServeCommand;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.SavedQuery;
import newsgraph.testing.Http;
import newsgraph.testing.NeedsShared;
import newsgraph.testing.SamplePages;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The five sample pages, extracted and ingested for real, then every saved query run over HTTP
 * with its own example parameters: each answers with what the pages say.
 */
@NeedsShared
class SavedQueriesOnSamplePagesTest {

    static ServeCommand.Server server;
    static Http http;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void ingestAndServe() {
        TestNeo4j.clear();
        SamplePages.ingest(TestNeo4j.shared());
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, Map.of("newsgraph.api-key", "k"));
        http = new Http(server.apiUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode run(String query, Object params) throws Exception {
        Http.Response r = http.post("/api/queries/" + query, JSON.writeValueAsString(params));
        assertEquals(200, r.status(), query + ": " + r.body());
        return r.json();
    }

    private static Set<String> column(JsonNode result, String column) {
        Set<String> values = new TreeSet<>();
        result.get("rows").forEach(row -> values.add(row.get(column).asText()));
        return values;
    }

    private static String yearOf(JsonNode date) {
        return date == null || date.isNull() ? "undated" : date.asText().substring(0, 4);
    }

    @Test
    void everySavedQuery_answersItsExampleWithRows() throws Exception {
        List<String> empty = new ArrayList<>();
        for (SavedQuery q : QueryCatalogue.bundled().all()) {
            JsonNode result = run(q.name(), q.example());
            if (result.get("rows").isEmpty()) {
                empty.add(q.name());
            }
        }
        assertEquals(List.of(), empty, "saved queries whose example finds nothing in the sample pages");
    }

    @Test
    void eventAttendees_ofThePortPlanningMeeting_areTheThreeLeaders_withEvidence() throws Exception {
        JsonNode result = run("event-attendees", Map.of("event", "董家口经济区港产城总体发展规划专题会议"));
        assertEquals(Set.of("孙永红", "李红兵", "王清源"), column(result, "person"));
        for (JsonNode row : result.get("rows")) {
            assertFalse(row.get("evidence").isEmpty(), "evidence sentence for " + row.get("person"));
            String sentence = row.get("evidence").get(0).get("sentence").asText();
            assertTrue(sentence.contains(row.get("person").asText()) || sentence.contains("会议"), row.toString());
        }
    }

    @Test
    void titleHolders_showTheSuccessionOfTheFreeTradeZoneDirector() throws Exception {
        JsonNode result = run("title-holders", Map.of("title", "青岛自贸片区管委主任"));
        List<String> inOrder = new ArrayList<>();
        result.get("rows").forEach(r -> inOrder.add(r.get("person").asText() + "@" + yearOf(r.get("since"))));
        assertEquals(List.of("赵士玉@2023", "高善武@2024"), inOrder, result.toString());
    }

    @Test
    void personResource_hasTitlesOverTimeAndEventsWithEvidence() {
        Http.Response r = http.get("/api/people/" + java.net.URLEncoder.encode("王清源", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        JsonNode person = r.json();
        assertTrue(person.get("roles").toString().contains("Official"), r.body());
        Set<String> events = new TreeSet<>();
        person.get("events").forEach(e -> events.add(e.get("name").asText()));
        assertTrue(events.contains("董家口经济区港产城总体发展规划专题会议"), events.toString());
        assertFalse(person.get("titles").isEmpty());
        // Evidence of one shape everywhere, its offsets pointing into the article's text, also where
        // cleaning the page (de-wrapped lines, dropped spaces) moved the sentence from its place in the file.
        int checked = 0;
        for (JsonNode event : person.get("events")) {
            for (JsonNode evidence : event.get("evidence")) {
                String id = evidence.get("articleId").asText();
                assertEquals("/api/articles/" + id, evidence.get("href").asText());
                String text = http.get(evidence.get("href").asText()).json().get("text").asText();
                assertEquals(evidence.get("sentence").asText(),
                        text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()), evidence.toString());
                checked++;
            }
        }
        assertTrue(checked > 0, r.body());
    }

    @Test
    void eventsResource_filtersByPersonAndDate_andPages() {
        Http.Response all = http.get("/api/events?person=" + java.net.URLEncoder.encode("孙永红", java.nio.charset.StandardCharsets.UTF_8)
                + "&from=2023-07-01&to=2023-07-31&size=2");
        assertEquals(200, all.status(), all.body());
        JsonNode page = all.json();
        assertEquals(2, page.get("items").size());
        assertTrue(page.get("total").asLong() >= 3, all.body());
        String id = page.get("items").get(0).get("id").asText();
        Http.Response one = http.get("/api/events/" + id);
        assertEquals(200, one.status(), one.body());
        assertTrue(one.body().contains("孙永红"), one.body());
    }

    @Test
    void articlesEndpoint_storesOnceWithTheKey_andTheEventIsThenQueryable() throws Exception {
        String article = JSON.writeValueAsString(Map.of("title", "东岳区召开招商工作会议", "date", "2024-03-02",
                "text", "本报3月2日讯 昨天上午，东岳区召开招商引资工作推进会议。东岳区委书记李明远出席会议并讲话。"));
        Http.Response first = http.post("/api/articles", article, "X-API-Key", "k");
        assertEquals(201, first.status(), first.body());
        Http.Response again = http.post("/api/articles", article, "X-API-Key", "k");
        assertEquals(200, again.status(), again.body());
        assertFalse(again.json().get("stored").get(0).get("created").asBoolean());
        assertEquals("/api/articles/" + first.json().get("stored").get(0).get("articleId").asText(), first.header("location"));
        JsonNode found = run("search", Map.of("q", "李明远"));
        assertEquals(Set.of("李明远"), column(found, "name"));
    }

    @Test
    void json_keepsEmptyListsAndNullColumns_soClientsNeedNotGuess() throws Exception {
        Http.Response none = http.get("/api/search?q=" + java.net.URLEncoder.encode("查无此名", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, none.status(), none.body());
        assertTrue(none.json().has("results") && none.json().get("results").isEmpty(), none.body());
        JsonNode events = run("person-events", Map.of("name", "王清源"));
        for (JsonNode row : events.get("rows")) {
            for (JsonNode column : events.get("columns")) {
                assertTrue(row.has(column.asText()), "column " + column + " present in every row: " + row);
            }
        }
    }
}
