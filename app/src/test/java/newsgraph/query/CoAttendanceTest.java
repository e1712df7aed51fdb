package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Evidence;
import newsgraph.model.Event;
import newsgraph.model.Participant;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * co-attendance counts every event a pair shares but lists only the newest {@code events} of them (undated
 * last, then by name), so a pair of officials who share hundreds of meetings does not make a hub's answer
 * hundreds of events long; the count and the order of people do not depend on the cap. Fictional articles
 * written through the real writer.
 */
class CoAttendanceTest {

    private static final String PERSON = "岑望舒";
    private static final String PARTNER = "骆映川";
    private static final String GUEST = "濮青禾";
    private static GraphStore store;

    @BeforeAll
    static void articles() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        // The partner shares six events (two on the newest date, one undated), the guest two of them.
        String[][] events = {
                {"2024-03-01", "西岚新区乙工作会议"}, {"2024-03-01", "西岚新区甲工作会议"}, {"2023-11-20", "西岚新区丙座谈会"},
                {"2023-06-02", "西岚新区丁推进会"}, {"2022-01-15", "西岚新区戊调度会"}, {null, "西岚新区己调研会"},
        };
        for (int i = 0; i < events.length; i++) {
            String sentence = PERSON + "、" + PARTNER + (i < 2 ? "、" + GUEST : "") + "出席" + events[i][1] + "。";
            Evidence evidence = new Evidence(sentence, 0, sentence.length());
            List<Participant> who = new ArrayList<>(List.of(new Participant(PERSON, List.of("attended"), evidence),
                    new Participant(PARTNER, List.of("attended"), evidence)));
            if (i < 2) {
                who.add(new Participant(GUEST, List.of("attended"), evidence));
            }
            Event event = new Event(events[i][1], List.of(), "meeting", events[i][0], null, who, List.of(), false, evidence);
            writer.write(new ArticleExtraction(events[i][1], events[i][0], List.of(), List.of(), List.of(event),
                    List.of(), List.of(), List.of(), sentence, 0, sentence.length()),
                    new ArticleMetadata("together-" + i + ".txt", null, null, null, "西岚新区"));
        }
    }

    private static List<Map<String, Object>> rows(Map<String, Object> params) {
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        return runner.run(QueryCatalogue.bundled().get("co-attendance").orElseThrow(), params).rows();
    }

    @SuppressWarnings("unchecked")
    private static List<String> listed(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("events")).stream()
                .map(e -> (e.get("date") == null ? "-" : e.get("date").toString()) + e.get("name")).toList();
    }

    @Test
    void everySharedEventCounts_theNewestAreListed() {
        List<Map<String, Object>> capped = rows(Map.of("name", PERSON, "events", 3));
        assertEquals(List.of(PARTNER, GUEST), capped.stream().map(r -> r.get("name")).toList(), "most shared first");
        assertEquals(6L, ((Number) capped.get(0).get("together")).longValue(), "every shared event counted");
        assertEquals(2L, ((Number) capped.get(1).get("together")).longValue());
        assertEquals(List.of("2024-03-01西岚新区乙工作会议", "2024-03-01西岚新区甲工作会议", "2023-11-20西岚新区丙座谈会"),
                listed(capped.get(0)), "the newest three, ties by name");

        List<Map<String, Object>> all = rows(Map.of("name", PERSON, "events", 100));
        assertEquals(List.of("2024-03-01西岚新区乙工作会议", "2024-03-01西岚新区甲工作会议", "2023-11-20西岚新区丙座谈会",
                "2023-06-02西岚新区丁推进会", "2022-01-15西岚新区戊调度会", "-西岚新区己调研会"), listed(all.get(0)), "undated last");

        List<Map<String, Object>> none = rows(Map.of("name", PERSON, "events", 0));
        assertEquals(List.of(), listed(none.get(0)));
        assertEquals(6L, ((Number) none.get(0).get("together")).longValue(), "the count does not depend on the cap");

        assertEquals(6, listed(rows(Map.of("name", PERSON)).get(0)).size(), "the default, ten, lists all six");
    }
}
