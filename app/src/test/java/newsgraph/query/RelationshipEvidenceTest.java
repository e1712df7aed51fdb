package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.cli.ServeCommand;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.Http;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * relationship-evidence answers a page (issue 12): the hub official of a generated corpus holds their
 * title in every article, so the pair has one HELD record per article. Pages of any size, one after
 * another, give every record once, in the order of the whole answer; GET /api/evidence pages the
 * same way, quotes each sentence at its offsets in the article's text, and refuses a bad page.
 */
class RelationshipEvidenceTest {

    private static final int ARTICLES = 30;
    private static final String TITLE = "东岳新区工委书记";

    private static GraphStore store;
    private static ServeCommand.Server server;
    private static Http http;

    @BeforeAll
    static void corpus() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        GeneratedGraph.write(store, 0, ARTICLES, 1);
        server = ServeCommand.Server.start(store, "127.0.0.1", -1, Map.of("newsgraph.api-key", "k"));
        http = new Http(server.apiUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<Map<String, Object>> rows(Map<String, Object> params) {
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        return runner.run(QueryCatalogue.bundled().get("relationship-evidence").orElseThrow(), params).rows();
    }

    private static String key(Map<String, Object> row) {
        return row.get("articleId") + "/" + row.get("relationship") + "/" + row.get("role") + "/" + row.get("start");
    }

    @Test
    void pages_giveEveryRecordOnce_inTheOrderOfTheWhole() {
        var whole = rows(Map.of("from", GeneratedGraph.HUB, "to", TITLE, "limit", 1000));
        assertEquals(ARTICLES, whole.size(), "one HELD record per article");
        assertTrue(whole.stream().allMatch(r -> ((Number) r.get("total")).intValue() == ARTICLES && r.get("more").equals(false)));
        for (int i = 1; i < whole.size(); i++) {
            String before = String.valueOf(whole.get(i - 1).get("date")), after = String.valueOf(whole.get(i).get("date"));
            assertTrue(before.compareTo(after) <= 0, "oldest article first: " + before + " then " + after);
        }
        // The default page is 20, and says there is more.
        var first = rows(Map.of("from", GeneratedGraph.HUB, "to", TITLE));
        assertEquals(20, first.size());
        assertTrue(first.stream().allMatch(r -> r.get("more").equals(true)), "the first page of " + ARTICLES + " says more");
        // Pages of 7 (the last one short), concatenated, are the whole answer.
        List<String> paged = new ArrayList<>();
        for (int skip = 0; ; skip += 7) {
            var page = rows(Map.of("from", GeneratedGraph.HUB, "to", TITLE, "limit", 7, "skip", skip));
            page.forEach(r -> paged.add(key(r)));
            boolean more = !page.isEmpty() && page.getFirst().get("more").equals(true);
            assertEquals(skip + 7 < ARTICLES, more, "more at skip " + skip);
            if (!more) {
                break;
            }
        }
        assertEquals(whole.stream().map(RelationshipEvidenceTest::key).toList(), paged);
    }

    /**
     * The page is ordered by article date first, and only the records up to the page's last date are
     * ordered further (title, offset): records sharing a date across a page's edge, and undated
     * articles (last), must still page exactly as the whole answer, for every skip and limit.
     */
    @Test
    void pages_overArticlesOfOneDate_areSlicesOfTheWhole() {
        // One person and title, twelve articles: four of one day, five of the next, one later, two undated;
        // titles repeat within a day so the sentence's offset decides some places.
        String[][] articles = {
            {"tie-01", "2024-01-02", "乙", "40"}, {"tie-02", "2024-01-01", "丙", "10"}, {"tie-03", "", "甲", "5"},
            {"tie-04", "2024-01-02", "甲", "30"}, {"tie-05", "2024-01-01", "甲", "20"}, {"tie-06", "2024-01-03", "甲", "1"},
            {"tie-07", "2024-01-02", "乙", "12"}, {"tie-08", "2024-01-01", "甲", "7"}, {"tie-09", "", "乙", "3"},
            {"tie-10", "2024-01-02", "丁", "2"}, {"tie-11", "2024-01-01", "乙", "9"}, {"tie-12", "2024-01-02", "甲", "31"}};
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("MERGE (p:Person {key: '司马同日@测试区'}) SET p.name = '司马同日' "
                    + "MERGE (t:Position {key: '测试区同日办主任'}) SET t.title = '测试区同日办主任' "
                    + "WITH p, t UNWIND $articles AS a "
                    + "MERGE (art:Article {id: a[0]}) SET art.date = CASE WHEN a[1] = '' THEN null ELSE date(a[1]) END, "
                    + "  art.title = '同日' + a[2], art.heading = '同日' + a[2], art.text = '' "
                    + "CREATE (p)-[:HELD {article: a[0], date: art.date, sentence: '', start: toInteger(a[3]), end: toInteger(a[3]), "
                    + "  textStart: -1}]->(t)",
                    Map.of("articles", List.of(articles))).consume();
        }
        List<String> expected = java.util.Arrays.stream(articles)
                .sorted(java.util.Comparator.<String[], Boolean>comparing(a -> a[1].isEmpty()).thenComparing(a -> a[1])
                        .thenComparing(a -> a[2]).thenComparingInt(a -> Integer.parseInt(a[3])))
                .map(a -> a[0]).toList();
        var whole = rows(Map.of("from", "司马同日", "to", "测试区同日办主任", "limit", 1000));
        assertEquals(expected, whole.stream().map(r -> String.valueOf(r.get("articleId"))).toList(),
                "date (undated last), then title, then offset");
        for (int limit = 1; limit <= articles.length; limit++) {
            for (int skip = 0; skip <= articles.length; skip++) {
                var page = rows(Map.of("from", "司马同日", "to", "测试区同日办主任", "limit", limit, "skip", skip));
                assertEquals(expected.subList(Math.min(skip, expected.size()), Math.min(skip + limit, expected.size())),
                        page.stream().map(r -> String.valueOf(r.get("articleId"))).toList(), "skip " + skip + ", limit " + limit);
                assertTrue(page.stream().allMatch(r -> ((Number) r.get("total")).intValue() == articles.length), "total counts all");
            }
        }
    }

    /**
     * The query reads one relationship type only when the labels of the two sides allow one, and looks
     * the second side up only in the labels that can pair with the first's: a name that is both an
     * event's and a position's must still give a hub's ATTENDED and HELD records, an organization's name
     * its ORGANIZED and OF records, from either side. The hub holds more than 50 relationships (Neo4j then
     * groups them by type, which the typed read uses).
     */
    @Test
    void aNameOfTwoKinds_givesTheRecordsOfBoth_fromEitherSide() {
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    MERGE (p:Person {key: '欧阳多路@测试区'}) SET p.name = '欧阳多路'
                    MERGE (t:Position {key: '测试区多路办主任'}) SET t.title = '测试区多路办主任'
                    MERGE (m:Position {key: '多路会议@测试'}) SET m.title = '多路会议'
                    MERGE (o:Organization {key: '多路委员会'}) SET o.name = '多路委员会'
                    WITH p, t, m, o
                    UNWIND range(1, 70) AS i
                    MERGE (a:Article {id: 'multi-' + i}) SET a.date = date('2024-03-01') + duration({days: i}),
                      a.title = '多路' + i, a.heading = '多路' + i, a.text = ''
                    WITH p, t, m, o, collect(a) AS arts
                    FOREACH (i IN range(0, 59) | CREATE (p)-[:HELD {article: arts[i].id, date: arts[i].date, sentence: '', start: i,
                      end: i, textStart: -1}]->(t))
                    FOREACH (i IN range(60, 61) | CREATE (p)-[:HELD {article: arts[i].id, date: arts[i].date, sentence: '', start: i,
                      end: i, textStart: -1}]->(m))
                    FOREACH (i IN range(62, 63) | CREATE (t)-[:OF {article: arts[i].id, sentence: '', start: i, end: i}]->(o))
                    FOREACH (k IN range(1, 3) |
                      MERGE (e:Event {id: 'multi-event-' + k}) SET e.name = '多路会议', e.date = date('2024-06-01') + duration({days: k})
                      CREATE (p)-[:ATTENDED {article: arts[63 + k].id, role: 'attended', person: p.key, date: e.date, sentence: '',
                        start: k, end: k, textStart: -1}]->(e)
                      CREATE (o)-[:ORGANIZED {article: arts[63 + k].id, role: 'organized', organization: o.key, date: e.date,
                        sentence: '', start: k, end: k, textStart: -1}]->(e))
                    WITH p, arts MATCH (e:Event {id: 'multi-event-1'})
                    CREATE (p)-[:ATTENDED {article: arts[67].id, role: 'chaired', person: p.key, date: e.date, sentence: '',
                      start: 9, end: 9, textStart: -1}]->(e)
                    """).consume();
        }
        record Pair(String from, String to, String expected) {}
        for (var pair : List.of(
                new Pair("欧阳多路", "多路会议", "ATTENDED×4 HELD×2"),
                new Pair("多路会议", "欧阳多路", "ATTENDED×4 HELD×2"),
                new Pair("欧阳多路", "测试区多路办主任", "HELD×60"),
                new Pair("测试区多路办主任", "欧阳多路@测试区", "HELD×60"),
                new Pair("多路委员会", "多路会议", "ORGANIZED×3"),
                new Pair("多路会议", "多路委员会", "ORGANIZED×3"),
                new Pair("测试区多路办主任", "多路委员会", "OF×2"),
                new Pair("multi-event-2", "欧阳多路@测试区", "ATTENDED×1"))) {
            var whole = rows(Map.of("from", pair.from(), "to", pair.to(), "limit", 1000));
            var byType = new java.util.TreeMap<String, Integer>();
            whole.forEach(r -> byType.merge(String.valueOf(r.get("relationship")), 1, Integer::sum));
            String found = String.join(" ", byType.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).toList());
            assertEquals(pair.expected(), found, pair.from() + " → " + pair.to());
        }
    }

    @Test
    void theApi_pagesAndQuotesTheSentenceAtItsOffsets() {
        String path = "/api/evidence?from=" + enc(GeneratedGraph.HUB) + "&to=" + enc(TITLE);
        JsonNode page = http.get(path + "&limit=5").json();
        assertEquals(ARTICLES, page.get("total").asInt(), page.toString());
        assertTrue(page.get("more").asBoolean());
        assertEquals(5, page.get("records").size());
        JsonNode last = http.get(path + "&limit=5&skip=" + (ARTICLES - 5)).json();
        assertFalse(last.get("more").asBoolean(), last.toString());
        assertEquals(5, last.get("records").size());
        for (JsonNode record : page.get("records")) {
            assertEquals("HELD", record.get("relationship").asText());
            JsonNode evidence = record.get("evidence");
            String text = http.get(evidence.get("href").asText()).json().get("text").asText();
            String sentence = evidence.get("sentence").asText();
            assertFalse(sentence.isEmpty());
            assertEquals(sentence, text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()), evidence.toString());
        }
        // Nothing between two unrelated names: an empty page.
        JsonNode none = http.get("/api/evidence?from=" + enc(GeneratedGraph.HUB) + "&to=" + enc("无此会议")).json();
        assertEquals(0, none.get("records").size());
        assertFalse(none.get("more").asBoolean());
    }

    @Test
    void theApi_refusesABadPage_withAClearMessage() {
        String path = "/api/evidence?from=" + enc(GeneratedGraph.HUB) + "&to=" + enc(TITLE);
        problem(http.get(path + "&limit=0"), "limit must be between 1 and 200, got 0");
        problem(http.get(path + "&limit=201"), "limit must be between 1 and 200, got 201");
        problem(http.get(path + "&skip=-1"), "skip must be between 0 and 100000, got -1");
        problem(http.get(path + "&limit=ten"), "limit");
        problem(http.get(path + "&page=2"), "unknown query parameter [page]");
        problem(http.get("/api/evidence?from=" + enc(GeneratedGraph.HUB)), "?from= and ?to=");
    }

    private static void problem(Http.Response r, String inDetail) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.json().get("detail").asText().contains(inDetail), "detail should say '" + inDetail + "': " + r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
