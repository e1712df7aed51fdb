package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import newsgraph.model.Evidence;
import newsgraph.model.Official;
import newsgraph.model.Organization;
import newsgraph.model.Organizer;
import newsgraph.model.Park;
import newsgraph.model.Participant;
import newsgraph.model.Position;
import newsgraph.model.Project;
import newsgraph.neo4j.GraphStore;
import newsgraph.schema.Migration;
import newsgraph.schema.SchemaMigrator;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every per-article record carries its article's date (graph-schema V021: articleDate on OF, ATTENDED,
 * ORGANIZED, HELD_AT, LOCATED_IN and WROTE; HELD.date is the article's already), from the writer and from
 * V021, and relationship-evidence, which orders a pair's records by it and seeks only its page's articles,
 * pages exactly as the order of the whole (article date, undated last; title; offset). The articles report
 * events of other days, in the reverse order of their own dates (an ATTENDED's or ORGANIZED's date is the
 * event's), several share a date across a page's edge, one is undated. Fictional articles written in one
 * batch through the real writer.
 */
class RecordArticleDateTest {

    private static final String PERSON = "柯望川";
    private static final String EVENT = "东岳新区丁项目调度会";
    private static final String ORGANIZER = "东岳新区工委";
    private static final String PLACE = "东岳新区会展中心";
    private static final List<String> TYPES = List.of("OF", "ATTENDED", "ORGANIZED", "HELD_AT", "LOCATED_IN", "WROTE", "HELD");

    /** title, the article's date ("" = undated), the event's date: article dates and event dates in opposite orders. */
    private static final String[][] ARTICLES = {
        {"丙会", "2024-06-03", "2024-05-01"}, {"甲会", "2024-06-02", "2024-05-02"}, {"乙会", "2024-06-02", "2024-05-03"},
        {"甲会二", "2024-06-02", "2024-05-04"}, {"丁会", "2024-06-01", "2024-05-05"}, {"戊会", "", "2024-05-06"},
        {"己会", "2024-06-01", "2024-05-07"}, {"庚会", "2024-06-04", "2024-05-08"}};

    private static GraphStore store;

    @BeforeAll
    static void articles() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        List<GraphWriter.Prepared> batch = new ArrayList<>();
        for (int i = 0; i < ARTICLES.length; i++) {
            String[] a = ARTICLES[i];
            String s = "东岳新区工委书记" + PERSON + "在" + PLACE + "出席" + EVENT + "，东岳新区丁项目落户东岳新区科创园（" + a[0] + "）。";
            Evidence e = new Evidence(s, 0, s.length());
            batch.add(writer.prepare(new ArticleExtraction(a[0], a[1].isEmpty() ? null : a[1], List.of("岑墨"),
                    List.of(new Official(PERSON, List.of("东岳新区工委书记"),
                            List.of(new Position("东岳新区工委书记", ORGANIZER, "书记", e)), true)),
                    List.of(new Event(EVENT, List.of(), "meeting", a[2], PLACE,
                            List.of(new Participant(PERSON, List.of("attended"), e)),
                            List.of(new Organizer(ORGANIZER, "organizer", e)), false, e)),
                    List.of(new Organization(ORGANIZER, "party", List.of(), e)),
                    List.of(new Park("东岳新区科创园", List.of(), e)),
                    List.of(new Project("东岳新区丁项目", List.of(), 1_000_000L, "东岳新区科创园", e)),
                    s, 0, s.length()),
                    new ArticleMetadata("article-date-" + i + ".txt", "东岳日报", null, null, "东岳市")));
        }
        writer.writeAll(batch);
    }

    /** Per record type: [records, records whose date copy equals their article's date (both none for an undated one)]. */
    private static Map<String, List<Long>> dated() {
        Map<String, List<Long>> out = new TreeMap<>();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("""
                    MATCH ()-[r]->() WHERE type(r) IN $types
                    MATCH (a:Article {id: r.article})
                    WITH type(r) AS type, CASE WHEN type(r) = 'HELD' THEN r.date ELSE r.articleDate END AS copy, a.date AS date
                    RETURN type, count(*) AS records,
                           count(CASE WHEN copy = date OR (copy IS NULL AND date IS NULL) THEN 1 END) AS right""",
                    Map.of("types", TYPES)).forEachRemaining(r ->
                    out.put(r.get("type").asString(), List.of(r.get("records").asLong(), r.get("right").asLong())));
        }
        return out;
    }

    private static void assertEveryRecordDated(String when) {
        Map<String, List<Long>> dated = dated();
        assertEquals(new java.util.TreeSet<>(TYPES), dated.keySet(), "every type of record written: " + when);
        dated.forEach((type, counts) -> {
            assertEquals(ARTICLES.length, counts.get(0), type + " records, one per article: " + when);
            assertEquals(counts.get(0), counts.get(1), type + " records carrying their article's date: " + when);
        });
    }

    /** The articles' titles in the answer's order: article date (undated last), then title (the offsets are equal). */
    private static List<String> expectedOrder() {
        return java.util.Arrays.stream(ARTICLES)
                .sorted(Comparator.<String[], Boolean>comparing(a -> a[1].isEmpty()).thenComparing(a -> a[1]).thenComparing(a -> a[0]))
                .map(a -> a[0]).toList();
    }

    private static List<Map<String, Object>> rows(String from, String to, int skip, int limit) {
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        return runner.run(QueryCatalogue.bundled().get("relationship-evidence").orElseThrow(),
                Map.of("from", from, "to", to, "skip", skip, "limit", limit)).rows();
    }

    /** Every page of every size over ATTENDED (a typed read), ORGANIZED (typed) and HELD_AT (the read of all types). */
    private static void assertPagesInArticleOrder(String when) {
        List<String> expected = expectedOrder();
        Map<String, String> dateOf = new TreeMap<>();
        for (String[] a : ARTICLES) {
            dateOf.put(a[0], a[1].isEmpty() ? "null" : a[1]);
        }
        for (String[] pair : new String[][] {{PERSON, EVENT, "ATTENDED"}, {ORGANIZER, EVENT, "ORGANIZED"}, {EVENT, PLACE, "HELD_AT"}}) {
            var whole = rows(pair[0], pair[1], 0, 1000);
            assertEquals(expected, whole.stream().map(r -> String.valueOf(r.get("article"))).toList(),
                    pair[2] + " in article order (not the event's): " + when);
            assertTrue(whole.stream().allMatch(r -> r.get("relationship").equals(pair[2])), pair[2] + ": " + when);
            assertTrue(whole.stream().allMatch(r -> String.valueOf(r.get("date")).equals(dateOf.get(String.valueOf(r.get("article"))))),
                    pair[2] + " rows give their article's date: " + when);
            for (int limit = 1; limit <= ARTICLES.length; limit++) {
                for (int skip = 0; skip <= ARTICLES.length; skip++) {
                    var page = rows(pair[0], pair[1], skip, limit);
                    assertEquals(expected.subList(Math.min(skip, expected.size()), Math.min(skip + limit, expected.size())),
                            page.stream().map(r -> String.valueOf(r.get("article"))).toList(),
                            pair[2] + ", skip " + skip + ", limit " + limit + ": " + when);
                    assertTrue(page.stream().allMatch(r -> ((Number) r.get("total")).intValue() == ARTICLES.length), "total: " + when);
                }
            }
        }
    }

    @Test
    void everyRecordCarriesItsArticlesDate_andThePagesFollowIt_fromTheWriterAndFromV021() {
        // What the fixtures are for: the records' own dates (the event's) differ from their articles' dates.
        try (var session = store.driver().session(store.sessionConfig())) {
            assertEquals(ARTICLES.length, session.run("""
                    MATCH ()-[r:ATTENDED]->() MATCH (a:Article {id: r.article})
                    WHERE a.date IS NULL OR r.date <> a.date RETURN count(r) AS n""").single().get("n").asLong());
        }
        assertEveryRecordDated("the writer's");
        assertPagesInArticleOrder("the writer's");

        Migration v021 = SchemaMigrator.bundled().migrations().stream().filter(m -> m.version() == 21).findFirst().orElseThrow();
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("MATCH ()-[r]->() WHERE r.articleDate IS NOT NULL REMOVE r.articleDate").consume();
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), dated().entrySet().stream().filter(e -> !e.getKey().equals("HELD"))
                    .map(e -> e.getValue().get(1) - 1).toList(), "without the copies only the undated article's records agree");
            for (int run = 0; run < 2; run++) {
                for (String statement : v021.statements()) {
                    session.run(statement).consume();
                }
                assertEveryRecordDated("V021's, run " + (run + 1));
            }
        }
        assertPagesInArticleOrder("V021's");
    }
}
