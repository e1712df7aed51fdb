package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

/**
 * neighbourhood's page of a hub whose neighbours share one name (a weekly meeting's events): the order of its rows,
 * and so which of them a page of limit keeps, is decided by the data (the other side's key breaks the tie), not by
 * the order the plan happens to group rows in, which changed when the alias lookup changed (graph-schema V017).
 * And each row's roles and sentences, read only for the rows a page keeps (after the sort and the limit): those of
 * its own records, each once.
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

    @Test
    void eachRowOfAPage_hasItsOwnRecordsRolesAndSentences_eachOnce() {
        GraphStore store = TestNeo4j.shared();
        TestNeo4j.clear();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    CREATE (p:Person:Official {key: '沈墨川@临江', name: '沈墨川', aliases: []})
                    CREATE (a:Event {id: 'ev-a', name: '江岸会议', aliases: []})
                    CREATE (b:Event {id: 'ev-b', name: '河口会议', aliases: []})
                    CREATE (pos:Position {key: '临江市副市长', title: '临江市副市长'})
                    CREATE (p)-[:ATTENDED {article: 'a1', role: 'chaired', sentence: '沈墨川主持江岸会议。'}]->(a)
                    CREATE (p)-[:ATTENDED {article: 'a2', role: 'attended', sentence: '沈墨川出席江岸会议。'}]->(a)
                    CREATE (p)-[:ATTENDED {article: 'a3', role: 'chaired', sentence: '沈墨川主持江岸会议。'}]->(a)
                    CREATE (p)-[:ATTENDED {article: 'a4', role: 'attended', sentence: '沈墨川出席河口会议。'}]->(b)
                    CREATE (p)-[:HELD {article: 'a1', sentence: '临江市副市长沈墨川主持会议。'}]->(pos)
                    CREATE (p)-[:HELD {article: 'a2', sentence: '临江市副市长沈墨川主持会议。'}]->(pos)
                    CREATE (p)-[:HELD {article: 'a3', sentence: '副市长沈墨川出席。'}]->(pos)
                    CREATE (p)-[:HELD {article: 'a4', sentence: '临江市副市长沈墨川主持会议。'}]->(pos)
                    """).consume();
        }
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        var query = QueryCatalogue.bundled().get("neighbourhood").orElseThrow();
        // Few relationships: read in one pass; every row, its roles and sentences each once.
        var rows = rows(runner, query, 100);
        assertEquals(List.of("ev-a", "ev-b", "临江市副市长"), rows.stream().map(r -> r.get("otherKey")).toList());
        assertEquals(Set.of("chaired", "attended"), distinct(rows.get(0).get("roles"), 2));
        assertEquals(Set.of("沈墨川主持江岸会议。", "沈墨川出席江岸会议。"), distinct(rows.get(0).get("evidence"), 2));
        assertEquals(List.of("attended"), rows.get(1).get("roles"));
        assertEquals(List.of("沈墨川出席河口会议。"), rows.get(1).get("evidence"));
        assertNull(rows.get(2).get("roles"));
        assertEquals(Set.of("临江市副市长沈墨川主持会议。", "副市长沈墨川出席。"), distinct(rows.get(2).get("evidence"), 2));

        // A hub (more relationships than the page): read kind by kind (at most 30 records of each), more rows than
        // the page (28-30 events and 6 positions); the rows kept carry their own records' sentences, not another
        // row's.
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    MATCH (p:Person {key: '沈墨川@临江'})
                    UNWIND range(10, 69) AS i
                    CREATE (e:Event {id: 'ev-f' + i, name: '晨会' + i, aliases: []})
                    CREATE (p)-[:ATTENDED {article: 'f' + i, role: 'attended', sentence: '沈墨川出席晨会' + i + '。'}]->(e)
                    WITH DISTINCT p
                    UNWIND range(1, 5) AS j
                    CREATE (pos:Position {key: '晨会主任' + j, title: '晨会主任' + j})
                    CREATE (p)-[:HELD {article: 'h' + j, sentence: '沈墨川任晨会主任' + j + '。'}]->(pos)
                    """).consume();
        }
        rows = rows(runner, query, 30);
        assertEquals(30, rows.size());
        for (var row : rows) {
            String key = (String) row.get("otherKey");
            if (row.get("relationship").equals("HELD")) {
                assertNull(row.get("roles"), key);
                if (key.startsWith("晨会主任")) {
                    assertEquals(List.of("沈墨川任" + key + "。"), row.get("evidence"), key);
                } else {
                    assertEquals("临江市副市长", key);
                    assertTrue(Set.of("临江市副市长沈墨川主持会议。", "副市长沈墨川出席。").containsAll(distinct(row.get("evidence"), -1)), key);
                }
            } else if (key.startsWith("ev-f")) {
                String i = key.substring(4);
                assertEquals(List.of("attended"), row.get("roles"), key);
                assertEquals(List.of("沈墨川出席晨会" + i + "。"), row.get("evidence"), key);
                assertEquals("晨会" + i, row.get("other"), key);
            } else if (key.equals("ev-a")) {
                assertTrue(Set.of("chaired", "attended").containsAll(distinct(row.get("roles"), -1)), key);
                assertTrue(Set.of("沈墨川主持江岸会议。", "沈墨川出席江岸会议。").containsAll(distinct(row.get("evidence"), -1)), key);
            } else {
                assertEquals("ev-b", key);
                assertEquals(List.of("沈墨川出席河口会议。"), row.get("evidence"), key);
            }
        }
    }

    /** The list's values as a set, checking that none came twice (and that there are size of them, unless -1). */
    private static Set<Object> distinct(Object list, int size) {
        var values = (List<?>) list;
        var set = new HashSet<Object>(values);
        assertEquals(values.size(), set.size(), "no value twice: " + values);
        if (size >= 0) assertEquals(size, set.size(), String.valueOf(values));
        return set;
    }

    private static List<Map<String, Object>> rows(QueryRunner runner, SavedQuery query, int limit) {
        return runner.run(query, Map.of("name", "沈墨川", "limit", limit)).rows();
    }

    private static List<String> keys(QueryRunner runner, SavedQuery query, int limit) {
        return runner.run(query, Map.of("name", "临江市委", "limit", limit)).rows().stream()
                .map(r -> (String) r.get("otherKey")).toList();
    }
}
