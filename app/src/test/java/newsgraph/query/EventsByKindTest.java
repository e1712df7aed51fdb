package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * events with a kind reads its page from the (kind, date) index in order: the same events, in the same
 * order (newest first, then by name), as every event of the kind in the range sorted, for pages of any size
 * and offset, on a generated corpus written through the real writer.
 */
class EventsByKindTest {

    private static GraphStore store;

    @BeforeAll
    static void corpus() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        GeneratedGraph.write(store, 0, 200, 1);
    }

    private static List<String> whole(String kind, String from, String to) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run("""
                    MATCH (e:Event) WHERE e.kind = $kind AND e.date >= date($from) AND e.date <= date($to)
                    RETURN e.id AS id ORDER BY e.date DESC, e.name
                    """, Map.of("kind", kind, "from", from, "to", to)).list(r -> r.get("id").asString());
        }
    }

    private static List<String> page(String kind, String from, String to, int skip, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("kind", kind, "skip", skip, "limit", limit));
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        return runner.run(QueryCatalogue.bundled().get("events").orElseThrow(), params).rows().stream()
                .map(r -> (String) r.get("id")).toList();
    }

    @Test
    void aKindsPages_areItsEventsNewestFirst() {
        List<String> kinds;
        try (var session = store.driver().session(store.sessionConfig())) {
            kinds = session.run("MATCH (e:Event) WHERE e.date IS NOT NULL RETURN DISTINCT e.kind AS k ORDER BY k")
                    .list(r -> r.get("k").asString());
        }
        assertFalse(kinds.isEmpty(), "the generated corpus has dated events");
        for (String kind : kinds) {
            List<String> all = whole(kind, "0001-01-01", "9999-12-31");
            for (int limit : List.of(1, 7, 20)) {
                for (int skip : List.of(0, 5, 13)) {
                    List<String> expected = all.subList(Math.min(skip, all.size()), Math.min(skip + limit, all.size()));
                    // with a date range that holds every event (the benchmark's kind and from), and with none (undated last)
                    assertEquals(expected, page(kind, "0001-01-01", null, skip, limit), kind + " from, skip " + skip + ", limit " + limit);
                }
            }
            List<String> range = whole(kind, "2023-01-01", "2023-06-30");
            assertEquals(range.subList(0, Math.min(20, range.size())), page(kind, "2023-01-01", "2023-06-30", 0, 20), kind + " in a range");
        }
    }
}
