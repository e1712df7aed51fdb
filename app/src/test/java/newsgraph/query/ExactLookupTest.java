package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The saved queries that find an entity "by key, id, name, title or alias" seek range indexes per label
 * and field and find an alias by its __Alias node (graph-schema V017; issue 12). They must find exactly the nodes the
 * lookup they replaced found: every field of entity_exact at once, then the exact check. That lookup is
 * kept here as the reference, and each query's answer is compared with what the reference finds, for
 * names shared by namesakes and across labels, keys that differ from the name, an event's id, titles
 * held by several positions, aliases only, a name that is one node's name and others' alias, and
 * characters the fulltext query escapes. The graph is written in the writer's shapes (graph-schema/README.md)
 * with fictional names.
 */
class ExactLookupTest {

    /** The lookup the queries used before: all of entity_exact's fields, then the exact check. */
    private static final String REFERENCE = """
            CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($x, '\\\\', '\\\\\\\\'), '"', '\\\\"') + '"') YIELD node AS n
            WITH n WHERE CASE WHEN n.name = $x THEN true WHEN n.key = $x THEN true WHEN n.id = $x THEN true
                              WHEN n.title = $x THEN true ELSE $x IN coalesce(n.aliases, []) END
            """;

    private static final List<String> INPUTS = List.of(
            "林海", "林海@青河市", "周晓", "市委", "临江市委", "区总工会", "区总工会@art3", "临江市发改委", "临江市 发改委",
            "软件园", "临江软件园", "智能工厂项目", "常委会会议", "ev2", "签约仪式", "项目签约仪式", "临江市市长", "区长",
            "区长@art3", "区行政中心", "区行政中心@art3", "临江市行政中心", "引号\"与\\斜杠", "无此名", "");

    private static GraphStore store;
    private static QueryRunner runner;

    @BeforeAll
    static void graph() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        write("""
                UNWIND range(1, 6) AS i
                CREATE (:Article {id: 'art' + i, title: '报道' + i, heading: '报道' + i, date: date('2024-01-01') + duration({days: i}),
                                  text: '林海出席会议。', start: 0, file: 'f.txt'})
                """);
        write("""
                CREATE (p1:Person:Official {key: '林海@临江市', name: '林海'}), (p2:Person:Official {key: '林海@青河市', name: '林海'}),
                       (p3:Person:Official {key: '周晓@临江市', name: '周晓'}),
                       (o1:Organization {key: '临江市委', name: '临江市委', aliases: ['市委']}),
                       (o2:Organization {key: '青河市委', name: '青河市委', aliases: ['市委']}),
                       (o3:Organization {key: '区总工会@art3', name: '区总工会', aliases: [], local: true}),
                       (o4:Organization {key: '东岳新区总工会', name: '东岳新区总工会', aliases: ['区总工会']}),
                       (o5:Organization {key: '临江市发改委', name: '临江市 发改委', aliases: ['引号"与\\\\斜杠']}),
                       (k1:Park {name: '临江软件园', aliases: ['软件园']}), (k2:Park {name: '软件园', aliases: []}),
                       (j1:Project {name: '智能工厂项目', aliases: []}), (j2:Project {name: '软件园', aliases: ['临江软件园']}),
                       (e1:Event {id: 'ev1', name: '常委会会议', date: date('2024-01-05'), aliases: []}),
                       (e2:Event {id: 'ev2', name: '常委会会议', date: date('2024-01-12'), aliases: []}),
                       (e3:Event {id: 'ev3', name: '常委会会议', aliases: []}),
                       (e4:Event {id: 'ev4', name: '临江市委常委会会议', date: date('2024-01-19'), aliases: ['常委会会议']}),
                       (e5:Event {id: 'ev5', name: '项目签约仪式', date: date('2024-01-20'), aliases: ['签约仪式', '区长']}),
                       (s1:Position {key: '临江市市长', title: '临江市市长'}), (s2:Position {key: '区长@art3', title: '区长'}),
                       (s3:Position {key: '区长@art4', title: '区长'}),
                       (l1:Place {key: '临江市行政中心', name: '临江市行政中心'}), (l2:Place {key: '区行政中心@art3', name: '区行政中心'}),
                       (p1)-[:ATTENDED {article: 'art1', role: 'attended', sentence: '林海出席会议。', start: 0, textStart: 0}]->(e1),
                       (p2)-[:ATTENDED {article: 'art2', role: 'chaired', sentence: '林海出席会议。', start: 0, textStart: 0}]->(e2),
                       (p2)-[:ATTENDED {article: 'art3', role: 'attended', sentence: '林海出席会议。', start: 0, textStart: 0}]->(e3),
                       (p1)-[:ATTENDED {article: 'art4', role: 'attended', sentence: '林海出席会议。', start: 0, textStart: 0}]->(e4),
                       (p3)-[:ATTENDED {article: 'art5', role: 'signed', sentence: '', start: -1, textStart: -1}]->(e5),
                       (p1)-[:HELD {article: 'art1', date: date('2024-01-02'), sentence: '', start: -1, textStart: -1}]->(s1),
                       (p2)-[:HELD {article: 'art3', date: date('2024-01-04'), sentence: '', start: -1, textStart: -1}]->(s2),
                       (p3)-[:HELD {article: 'art4', date: date('2024-01-05'), sentence: '', start: -1, textStart: -1}]->(s3),
                       (s1)-[:OF {article: 'art1'}]->(o1), (s2)-[:OF {article: 'art3'}]->(o3), (s3)-[:OF {article: 'art4'}]->(o4),
                       (o1)-[:ORGANIZED {article: 'art1', role: 'host', organization: '临江市委', date: date('2024-01-05'), sentence: '', textStart: -1}]->(e1),
                       (o2)-[:ORGANIZED {article: 'art2', role: 'host', organization: '青河市委', date: date('2024-01-12'), sentence: '', textStart: -1}]->(e2),
                       (o3)-[:ORGANIZED {article: 'art3', role: 'host', organization: '区总工会@art3', sentence: '', textStart: -1}]->(e3),
                       (o5)-[:ORGANIZED {article: 'art4', role: 'co_host', organization: '临江市发改委', date: date('2024-01-19'), sentence: '', textStart: -1}]->(e4),
                       (o4)-[:ORGANIZED {article: 'art5', role: 'host', organization: '东岳新区总工会', date: date('2024-01-20'), sentence: '', textStart: -1}]->(e5),
                       (e1)-[:HELD_AT {article: 'art1'}]->(l1), (e3)-[:HELD_AT {article: 'art3'}]->(l2),
                       (j1)-[:LOCATED_IN {article: 'art5', sentence: '', start: -1, textStart: -1}]->(k1),
                       (j2)-[:LOCATED_IN {article: 'art6', sentence: '', start: -1, textStart: -1}]->(k2),
                       (j1)-[:IN_PARK {articleCount: 1, park: '临江软件园'}]->(k1), (j2)-[:IN_PARK {articleCount: 1, park: '软件园'}]->(k2)
                """);
        // The aliases' index (graph-schema V017), as its migration builds it for a store written without it.
        var v017 = newsgraph.schema.SchemaMigrator.bundled().migrations().stream().filter(m -> m.version() == 17).findFirst().orElseThrow();
        try (var session = store.driver().session(store.sessionConfig())) {
            v017.statements().forEach(st -> session.run(st).consume()); // its constraint exists: IF NOT EXISTS
        }
    }

    @Test
    void neighbourhood_findsWhatTheFulltextLookupFound() {
        for (String x : INPUTS) {
            var expected = reference(x, "", "coalesce(n.key, n.id, n.name, n.title)");
            var found = values("neighbourhood", Map.of("name", x, "limit", 1000), r -> r.get("entityKey"));
            assertEquals(expected, found, "neighbourhood of '" + x + "'");
        }
        // The cases the rest rely on are in the graph: namesakes, a name shared across labels, an alias shared.
        assertEquals(Set.of("林海@临江市", "林海@青河市"), reference("林海", "", "n.key"));
        assertEquals(Set.of("临江软件园", "软件园"), reference("软件园", "", "n.name"));
        assertEquals(Set.of("ev1", "ev2", "ev3", "ev4"), reference("常委会会议", "", "n.id"));
    }

    @Test
    void relationshipEvidence_pairsWhatTheFulltextLookupFound() {
        List<List<String>> pairs = List.of(List.of("林海", "常委会会议"), List.of("市委", "常委会会议"), List.of("区长", "区总工会"),
                List.of("林海@青河市", "ev2"), List.of("临江软件园", "智能工厂项目"), List.of("区行政中心", "常委会会议"),
                List.of("签约仪式", "东岳新区总工会"), List.of("林海", "区长"), List.of("软件园", "软件园"),
                List.of("引号\"与\\斜杠", "ev4"), List.of("林海", "无此名"));
        for (List<String> pair : pairs) {
            Set<String> expected = new TreeSet<>();
            try (var session = store.driver().session(store.sessionConfig())) {
                session.run("CALL () { " + REFERENCE.replace("$x", "$from") + " RETURN collect(n) AS froms } "
                                + "CALL () { " + REFERENCE.replace("$x", "$to") + " RETURN collect(n) AS tos } "
                                + "UNWIND froms AS a MATCH (a)-[r:HELD|OF|ATTENDED|ORGANIZED|HELD_AT|LOCATED_IN|WROTE]-(b) WHERE b IN tos "
                                + "RETURN DISTINCT r.article + '/' + type(r) AS v",
                        Map.of("from", pair.get(0), "to", pair.get(1)))
                        .forEachRemaining(r -> expected.add(r.get("v").asString()));
            }
            var found = values("relationship-evidence", Map.of("from", pair.get(0), "to", pair.get(1), "limit", 1000),
                    r -> r.get("articleId") + "/" + r.get("relationship"));
            assertEquals(expected, found, "evidence between '" + pair.get(0) + "' and '" + pair.get(1) + "'");
        }
        assertFalse(values("relationship-evidence", Map.of("from", "市委", "to", "常委会会议"), r -> r.get("articleId")).isEmpty(),
                "an alias shared by two organizations finds both");
    }

    @Test
    void parks_organizationsAndEvents_findWhatTheFulltextLookupFound() {
        for (String x : INPUTS) {
            String park = "AND n:Park AND (n.name = $x OR $x IN n.aliases)";
            assertEquals(reference(x, park, "n.name"), values("park", Map.of("name", x), r -> r.get("name")), "park '" + x + "'");
            assertEquals(reference(x, park, "n.name"), values("park-projects", Map.of("park", x), r -> r.get("park")),
                    "park-projects '" + x + "'");
            assertEquals(reference(x, "AND n:Organization AND (n.key = $x OR n.name = $x OR $x IN n.aliases)", "n.key"),
                    values("organization", Map.of("name", x), r -> r.get("key")), "organization '" + x + "'");
            assertEquals(reference(x, "AND n:Event AND (n.id = $x OR n.name = $x OR $x IN n.aliases)", "n.id"),
                    values("event-detail", Map.of("event", x), r -> r.get("id")), "event-detail '" + x + "'");
            // events and event-organizers take an organization by name or alias, not by key.
            String organizer = "AND n:Organization AND (n.name = $x OR $x IN n.aliases) MATCH (n)-[:ORGANIZED]->(e)";
            assertEquals(reference(x, organizer, "e.id"), values("events", Map.of("organization", x, "limit", 100), r -> r.get("id")),
                    "events organized by '" + x + "'");
            assertEquals(reference(x, organizer, "n.name"),
                    values("event-organizers", Map.of("organization", x, "limit", 100), r -> r.get("organization")),
                    "event-organizers of organization '" + x + "'");
            assertEquals(reference(x, "AND n:Event AND (n.name = $x OR $x IN n.aliases) MATCH (n)<-[:ORGANIZED]-()",
                            "n.name + '/' + coalesce(toString(n.date), '')"),
                    values("event-organizers", Map.of("event", x, "limit", 100),
                            r -> r.get("event") + "/" + (r.get("date") == null ? "" : r.get("date").toString())),
                    "event-organizers of event '" + x + "'");
        }
    }

    /** What the reference lookup finds for x, narrowed by {@code more} (Cypher after the exact check), as {@code value}. */
    private static Set<String> reference(String x, String more, String value) {
        try (var session = store.driver().session(store.sessionConfig())) {
            Set<String> values = new TreeSet<>();
            session.run(REFERENCE + more + " RETURN DISTINCT " + value + " AS v", Map.of("x", x))
                    .forEachRemaining(r -> values.add(r.get("v").asString()));
            return values;
        }
    }

    private static Set<String> values(String query, Map<String, Object> params, Function<Map<String, Object>, Object> value) {
        Set<String> values = new TreeSet<>();
        runner.run(QueryCatalogue.bundled().get(query).orElseThrow(), params).rows().forEach(r -> values.add(String.valueOf(value.apply(r))));
        return values;
    }

    /** The queries that answer one row per entity found: no entity found by two fields answers twice. */
    @Test
    void anEntityFoundByTwoFields_isOneRow() {
        for (String x : INPUTS) {
            for (var q : List.of(Map.entry("park", "name"), Map.entry("organization", "key"), Map.entry("event-detail", "id"))) {
                var rows = runner.run(QueryCatalogue.bundled().get(q.getKey()).orElseThrow(),
                        Map.of(q.getKey().equals("event-detail") ? "event" : "name", x)).rows();
                assertEquals(rows.stream().map(r -> r.get(q.getValue())).distinct().count(), rows.size(),
                        q.getKey() + " '" + x + "': " + rows.stream().map(r -> r.get(q.getValue())).toList());
            }
        }
    }

    private static void write(String cypher) {
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run(cypher).consume();
        }
        // entity_exact is eventually consistent (graph-schema V016): a plain write waits as the writer does
        newsgraph.graph.GraphWriter.awaitSearchable(store.driver(), store.sessionConfig());
    }
}
