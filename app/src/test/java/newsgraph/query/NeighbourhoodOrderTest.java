package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

/**
 * neighbourhood's page of a hub whose neighbours share one name (a weekly meeting's events): the order of its rows,
 * and so which of them a page of limit keeps, is decided by the data (the other side's key breaks the tie), not by
 * the order the plan happens to group rows in, which changed when the alias lookup changed (graph-schema V017).
 */
class NeighbourhoodOrderTest {

    @Test
    void aHubsNeighboursOfOneName_arePagedByTheirKeys() {
        GraphStore store = TestNeo4j.shared();
        TestNeo4j.clear();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    CREATE (o:Organization {key: '临江市委', name: '临江市委', aliases: []})
                    WITH o
                    UNWIND range(1, 40) AS i
                    CREATE (e:Event {id: substring(toString(1000003 * i % 9973 + 10000), 0, 5) + 'e' + i, name: '常委会会议',
                                     date: date('2024-01-01') + duration({days: i}), aliases: []})
                    CREATE (o)-[:ORGANIZED {article: 'a' + i, role: 'host', organization: o.key, date: e.date,
                                            sentence: '临江市委召开常委会会议。', textStart: -1}]->(e)
                    """).consume();
        }
        List<String> all;
        try (var session = store.driver().session(store.sessionConfig())) {
            all = session.run("MATCH (e:Event) RETURN e.id AS id ORDER BY id").list(r -> r.get("id").asString());
        }
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        var query = QueryCatalogue.bundled().get("neighbourhood").orElseThrow();
        // A page as large as the hub: every neighbour, by key.
        assertEquals(all, keys(runner, query, 50));
        // A smaller page reads at most limit records of a hub's kind (by design: all a page can show) and lists
        // those by key.
        for (int limit : new int[] {5, 10, 25}) {
            var keys = keys(runner, query, limit);
            assertEquals(limit, keys.size());
            assertEquals(keys.stream().sorted().toList(), keys, "limit " + limit);
        }
    }

    private static List<String> keys(QueryRunner runner, SavedQuery query, int limit) {
        return runner.run(query, Map.of("name", "临江市委", "limit", limit)).rows().stream()
                .map(r -> (String) r.get("otherKey")).toList();
    }
}
