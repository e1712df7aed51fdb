package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Evidence;
import newsgraph.model.Event;
import newsgraph.model.Official;
import newsgraph.model.Participant;
import newsgraph.model.Position;
import newsgraph.neo4j.GraphStore;
import newsgraph.schema.Migration;
import newsgraph.schema.SchemaMigrator;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * event-attendees and event-detail read a person's titles from ATTENDED.titles (graph-schema V020) instead of seeking the
 * HELD records of each reporting article: the writer's lists (written in one batch, so the records of
 * several articles share the statement) and V020's (the same store with them removed, then migrated) give
 * every row the titles the HELD records of its reporting articles give, in the order those were read. A
 * person with two titles in one article, one of them again in another, a person with no title, and a
 * namesake with a title of their own. Fictional articles written through the real writer.
 */
class AttendeeTitlesTest {

    private static final String EVENT = "东岳新区丙项目推进会";
    private static GraphStore store;

    @BeforeAll
    static void articles() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        List<GraphWriter.Prepared> batch = new ArrayList<>();
        // Article 1: 柯望川 as 工委书记 and 管委主任, 闻溪 without a title.
        String s1 = "东岳新区工委书记、管委主任柯望川和闻溪出席" + EVENT + "。";
        Evidence e1 = new Evidence(s1, 0, s1.length());
        batch.add(writer.prepare(new ArticleExtraction(EVENT, "2024-05-01", List.of(),
                List.of(new Official("柯望川", List.of("东岳新区工委书记", "东岳新区管委主任"), List.of(
                        new Position("东岳新区工委书记", "东岳新区工委", "书记", e1),
                        new Position("东岳新区管委主任", "东岳新区管委", "主任", e1)), true)),
                List.of(new Event(EVENT, List.of(), "meeting", "2024-05-01", null,
                        List.of(new Participant("柯望川", List.of("attended"), e1), new Participant("闻溪", List.of("attended"), e1)),
                        List.of(), false, e1)),
                List.of(), List.of(), List.of(), s1, 0, s1.length()),
                new ArticleMetadata("titles-1.txt", null, null, null, "东岳市")));
        // Article 2, the same event: 柯望川 as 管委主任 only, 闻溪 now with a title.
        String s2 = "东岳新区管委主任柯望川、副主任闻溪出席" + EVENT + "并讲话。";
        Evidence e2 = new Evidence(s2, 0, s2.length());
        batch.add(writer.prepare(new ArticleExtraction(EVENT + "召开", "2024-05-01", List.of(),
                List.of(new Official("柯望川", List.of("东岳新区管委主任"), List.of(
                        new Position("东岳新区管委主任", "东岳新区管委", "主任", e2)), true),
                        new Official("闻溪", List.of("东岳新区管委副主任"), List.of(
                        new Position("东岳新区管委副主任", "东岳新区管委", "副主任", e2)), true)),
                List.of(new Event(EVENT, List.of(), "meeting", "2024-05-01", null,
                        List.of(new Participant("柯望川", List.of("spoke"), e2), new Participant("闻溪", List.of("attended"), e2)),
                        List.of(), false, e2)),
                List.of(), List.of(), List.of(), s2, 0, s2.length()),
                new ArticleMetadata("titles-2.txt", null, null, null, "东岳市")));
        // Another date of the event's name, a namesake of another region with a title of their own.
        String s3 = "南坪县县长柯望川出席" + EVENT + "。";
        Evidence e3 = new Evidence(s3, 0, s3.length());
        batch.add(writer.prepare(new ArticleExtraction(EVENT + "南坪", "2024-04-01", List.of(),
                List.of(new Official("柯望川", List.of("南坪县县长"), List.of(
                        new Position("南坪县县长", "南坪县人民政府", "县长", e3)), true)),
                List.of(new Event(EVENT, List.of(), "meeting", "2024-04-01", null,
                        List.of(new Participant("柯望川", List.of("attended"), e3)), List.of(), false, e3)),
                List.of(), List.of(), List.of(), s3, 0, s3.length()),
                new ArticleMetadata("titles-3.txt", null, null, null, "南坪县")));
        writer.writeAll(batch);
    }

    /** Each row's (date, person's key) and titles as event-attendees answers. */
    private static Map<String, List<Object>> answered() {
        QueryRunner runner = new QueryRunner(store.driver(), store.sessionConfig(), Duration.ofSeconds(30), 1000);
        Map<String, List<Object>> out = new TreeMap<>();
        for (Map<String, Object> row : runner.run(QueryCatalogue.bundled().get("event-attendees").orElseThrow(),
                Map.of("event", EVENT)).rows()) {
            out.put(row.get("date") + " " + row.get("key"), new ArrayList<>((List<?>) row.get("titles")));
        }
        return out;
    }

    /** Each attendee's (event's date, key) and titlesAtEvent as event-detail answers. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> detailed() {
        QueryRunner runner = new QueryRunner(store.driver(), store.sessionConfig(), Duration.ofSeconds(30), 1000);
        Map<String, List<Object>> out = new TreeMap<>();
        for (Map<String, Object> row : runner.run(QueryCatalogue.bundled().get("event-detail").orElseThrow(),
                Map.of("event", EVENT)).rows()) {
            for (Map<String, Object> attendee : (List<Map<String, Object>>) row.get("attendees")) {
                out.put(row.get("date") + " " + attendee.get("key"), new ArrayList<>((List<?>) attendee.get("titlesAtEvent")));
            }
        }
        return out;
    }

    /** The titles the HELD records of the person's reporting articles give, read as the query did before V020. */
    private static Map<String, List<Object>> fromHeld() {
        Map<String, List<Object>> out = new TreeMap<>();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    MATCH (p:Person)-[a:ATTENDED]->(e:Event {name: $event})
                    WITH e, p, collect(DISTINCT a.article) AS reports
                    CALL (p, reports) {
                      UNWIND reports AS id
                      OPTIONAL MATCH (p)-[h:HELD]->(pos:Position)
                      USING INDEX h:HELD(article)
                      WHERE h.article = id
                      RETURN collect(DISTINCT pos.title) AS titles
                    }
                    RETURN toString(e.date) + ' ' + p.key AS k, titles""", Map.of("event", EVENT))
                    .forEachRemaining(r -> out.put(r.get("k").asString(), new ArrayList<>(r.get("titles").asList())));
        }
        return out;
    }

    @Test
    void titles_areTheReportingArticlesHeldTitles_fromTheWriterAndFromV020() {
        Map<String, List<Object>> expected = fromHeld();
        assertEquals(3, expected.size(), expected.toString());
        // What the fixtures are for: two titles from one article (one of them again in the other), a title
        // from the second article only (闻溪: none in the first), a namesake's own.
        assertEquals(List.of(List.of("东岳新区工委书记", "东岳新区管委主任"), List.of("东岳新区管委副主任"), List.of("南坪县县长")),
                expected.values().stream().map(t -> t.stream().map(Object::toString).sorted().toList())
                        .sorted(java.util.Comparator.comparing(Object::toString)).toList());
        assertEquals(expected, answered(), "from the writer's ATTENDED.titles");
        assertEquals(expected, detailed(), "event-detail, from the writer's ATTENDED.titles");

        Migration v020 = SchemaMigrator.bundled().migrations().stream().filter(m -> m.version() == 20).findFirst().orElseThrow();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("MATCH ()-[a:ATTENDED]->() REMOVE a.titles").consume();
            assertEquals(List.of(), answered().values().stream().filter(t -> !t.isEmpty()).toList(), "without the lists");
            assertEquals(List.of(), detailed().values().stream().filter(t -> !t.isEmpty()).toList(), "event-detail without the lists");
            for (int run = 0; run < 2; run++) {
                for (String statement : v020.statements()) {
                    session.run(statement).consume();
                }
                assertEquals(expected, answered(), "from V020's, run " + (run + 1));
                assertEquals(expected, detailed(), "event-detail, from V020's, run " + (run + 1));
            }
            // The record of an article that gives its person no title holds an empty list, not nothing.
            assertTrue(session.run("MATCH ()-[a:ATTENDED]->() WHERE a.titles = [] RETURN count(a) > 0 AS some")
                    .single().get("some").asBoolean());
        }
    }
}
