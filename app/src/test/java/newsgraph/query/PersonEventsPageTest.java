package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Evidence;
import newsgraph.model.Event;
import newsgraph.model.Official;
import newsgraph.model.Participant;
import newsgraph.model.Position;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * person-events picks its page from the events' dates and reads names only from the page's last date on
 * (hub11): every page, of every size and date range, is the first events of the person's whole list sorted
 * newest first, then by name, undated last, with {@code more} when there are more, also when several events
 * share the date at the page's edge, and over namesakes, whose events a page of the name takes together (the
 * page's edge from each one's newest records in the (person, date) index, hub12). Fictional articles written
 * through the real writer.
 */
class PersonEventsPageTest {

    private static final String PERSON = "柯望川";
    private static GraphStore store;

    @BeforeAll
    static void articles() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        // Three events on the newest date, two on the next, one a day, two undated (no date anywhere).
        String[][] events = {
                {"2024-05-01", "东岳新区丙项目推进会"}, {"2024-05-01", "东岳新区甲项目推进会"}, {"2024-05-01", "东岳新区乙项目推进会"},
                {"2024-04-01", "东岳新区丁工作会议"}, {"2024-04-01", "东岳新区戊工作会议"},
                {"2024-03-01", "东岳新区己座谈会"}, {"2023-12-31", "东岳新区庚座谈会"},
                {null, "东岳新区辛调研会"}, {null, "东岳新区壬调研会"},
        };
        for (int i = 0; i < events.length; i++) {
            String sentence = "东岳新区工委书记" + PERSON + "出席" + events[i][1] + "。";
            Evidence evidence = new Evidence(sentence, 0, sentence.length());
            Official official = new Official(PERSON, List.of("东岳新区工委书记"), List.of(
                    new Position("东岳新区工委书记", "东岳新区工委", "书记", evidence)), true);
            Event event = new Event(events[i][1], List.of(), "meeting", events[i][0], null,
                    List.of(new Participant(PERSON, List.of("attended"), evidence)), List.of(), false, evidence);
            writer.write(new ArticleExtraction(events[i][1], events[i][0], List.of(), List.of(official), List.of(event),
                    List.of(), List.of(), List.of(), sentence, 0, sentence.length()),
                    new ArticleMetadata("page-" + i + ".txt", null, null, null, "东岳市"));
        }
        // A namesake of another region, whose events fall between and on the first one's dates (two on the newest
        // date, one on a date of its own, one on the page's edge for small limits) and one undated: a page over both
        // must take each one's newest events and the ties at its edge from either.
        String[][] namesake = {
                {"2024-05-01", "南坪县甲项目推进会"}, {"2024-05-01", "南坪县乙项目推进会"}, {"2024-04-15", "南坪县丙工作会议"},
                {"2024-04-01", "南坪县丁工作会议"}, {null, "南坪县戊调研会"},
        };
        for (int i = 0; i < namesake.length; i++) {
            String sentence = "南坪县县长" + PERSON + "出席" + namesake[i][1] + "。";
            Evidence evidence = new Evidence(sentence, 0, sentence.length());
            Official official = new Official(PERSON, List.of("南坪县县长"), List.of(
                    new Position("南坪县县长", "南坪县人民政府", "县长", evidence)), true);
            Event event = new Event(namesake[i][1], List.of(), "meeting", namesake[i][0], null,
                    List.of(new Participant(PERSON, List.of("attended"), evidence)), List.of(), false, evidence);
            writer.write(new ArticleExtraction(namesake[i][1], namesake[i][0], List.of(), List.of(official), List.of(event),
                    List.of(), List.of(), List.of(), sentence, 0, sentence.length()),
                    new ArticleMetadata("namesake-" + i + ".txt", null, null, null, "南坪县"));
        }
    }

    /** The person's events in the range, sorted as the query promises: (date, name) of each. */
    private static List<String> whole(String from, String to) {
        try (var session = store.driver().session(store.sessionConfig())) {
            Map<String, Object> params = new HashMap<>();
            params.put("name", PERSON);
            params.put("from", from);
            params.put("to", to);
            return session.run("""
                    MATCH (:Person {name: $name})-[:ATTENDED]->(e:Event)
                    WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
                    WITH DISTINCT e
                    RETURN e.date AS date, e.name AS name ORDER BY e.date IS NULL, e.date DESC, e.name
                    """, params).list(r -> r.get("date").isNull() ? "-" + r.get("name").asString()
                    : r.get("date").asLocalDate() + r.get("name").asString());
        }
    }

    @Test
    void everyPage_isTheFirstEventsOfTheWholeList() {
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        SavedQuery query = QueryCatalogue.bundled().get("person-events").orElseThrow();
        String[][] ranges = {{null, null}, {"2024-04-01", null}, {null, "2024-04-01"}, {"2024-01-01", "2024-05-01"}, {"2025-01-01", null}};
        for (String[] range : ranges) {
            List<String> all = whole(range[0], range[1]);
            for (int limit = 0; limit <= all.size() + 1; limit++) {
                Map<String, Object> params = new HashMap<>(Map.of("name", PERSON, "limit", limit));
                if (range[0] != null) {
                    params.put("from", range[0]);
                }
                if (range[1] != null) {
                    params.put("to", range[1]);
                }
                List<Map<String, Object>> rows = runner.run(query, params).rows();
                List<String> page = new ArrayList<>();
                for (var r : rows) {
                    page.add(r.get("date") == null ? "-" + r.get("name") : r.get("date").toString() + r.get("name"));
                }
                String what = "from " + range[0] + " to " + range[1] + ", limit " + limit;
                assertEquals(all.subList(0, Math.min(limit, all.size())), page, what);
                boolean more = all.size() > limit;
                rows.forEach(r -> assertEquals(more, r.get("more"), what + ": more"));
            }
        }
        assertEquals(14, whole(null, null).size(), "fourteen events, three of them undated");
        try (var session = store.driver().session(store.sessionConfig())) {
            assertEquals(2, session.run("MATCH (p:Person {name: $name}) RETURN count(p) AS n", Map.of("name", PERSON))
                    .single().get("n").asInt(), "two namesakes, one a region");
        }
    }
}
