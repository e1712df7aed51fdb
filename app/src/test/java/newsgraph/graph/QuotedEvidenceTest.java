package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.model.ArticleExtraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryResult;
import newsgraph.query.QueryRunner;
import newsgraph.schema.Migration;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence quoted without reading the article's text (graph-schema V012): the writer stores each quoted
 * sentence's offset in the text ({@code textStart}) and the article's {@code heading}; they are what
 * the saved queries computed from the text before, V012 fills them in a store written without them,
 * and a query answers the same for a record or article that lacks them (mid-migration).
 */
class QuotedEvidenceTest {

    /** The rule the queries used, in Cypher, over the stored text: what textStart must equal (-1 for none). */
    private static final String FROM_TEXT = """
            MATCH ()-[r:LOCATED_IN|HELD|ATTENDED|ORGANIZED]->()
            MATCH (art:Article {id: r.article})
            WITH r, art, coalesce(art.text, '') AS text, r.start - coalesce(art.start, 0) AS guess
            RETURN type(r) AS type, r.textStart AS stored,
                   coalesce(CASE WHEN coalesce(r.sentence, '') = '' THEN NULL
                                 WHEN guess >= 0 AND guess + size(r.sentence) <= size(text)
                                      AND substring(text, guess, size(r.sentence)) = r.sentence THEN guess
                                 WHEN text CONTAINS r.sentence THEN size(split(text, r.sentence)[0]) END, -1) AS computed""";

    private static final String HEADINGS = """
            MATCH (a:Article)
            RETURN a.heading AS stored, coalesce(a.title, left(trim(split(coalesce(a.text, ''), '。')[0]), 40)) AS computed""";

    private final GraphStore store = TestNeo4j.shared();
    private final GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    /**
     * The project article again, untitled, opening with blank space, and cut from a page at an offset
     * that does not match its evidence (as when cleaning changed the layout): its sentences are found
     * by their first occurrence, and its heading is its first sentence's opening words.
     */
    private static ArticleExtraction untitledShifted() {
        ArticleExtraction a = Fixtures.project2023();
        String text = "\n　" + a.text().replace("本报9月1日讯", "本报9月2日讯");
        return new ArticleExtraction(null, a.date(), a.reporters(), a.officials(), a.events(), a.organizations(),
                List.of(new newsgraph.model.Park("东岳智能制造产业园", List.of("东岳智造园"),
                        Fixtures.ev(a.text(), "东岳智能制造产业园（东岳智造园）已集聚企业40余家。"))),
                List.of(new newsgraph.model.Project("青松智造二期项目", List.of(), 300_000_000L, "东岳智造园",
                        Fixtures.ev(a.text(), "青松智造项目在东岳智造园开工，总投资12亿元。"))),
                text, 500, 500 + text.length());
    }

    private void writeAll() {
        for (ArticleExtraction a : Fixtures.all()) {
            writer.write(a, ArticleMetadata.ofFile("fixture.txt"));
        }
        writer.write(untitledShifted(), ArticleMetadata.ofFile("page.txt"));
    }

    private List<List<Object>> rows(String cypher) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run(cypher).list(r -> r.values().stream().map(v -> v.asObject()).toList());
        }
    }

    @Test
    void writer_storesTheOffsetInTheText_andTheHeading_theQueriesComputedFromIt() {
        writeAll();
        List<List<Object>> records = rows(FROM_TEXT);
        for (String type : List.of("LOCATED_IN", "HELD", "ATTENDED", "ORGANIZED")) {
            assertTrue(records.stream().anyMatch(r -> r.get(0).equals(type)), "the fixtures have " + type + " records");
        }
        for (List<Object> r : records) {
            assertEquals(r.get(2), r.get(1), "textStart of a " + r.get(0) + " record");
        }
        assertTrue(records.stream().anyMatch(r -> ((Long) r.get(1)) > 0), "offsets other than 0 are exercised");
        List<List<Object>> headings = rows(HEADINGS);
        assertEquals(5, headings.size());
        for (List<Object> h : headings) {
            assertEquals(h.get(1), h.get(0), "heading");
        }
        assertTrue(headings.stream().anyMatch(h -> h.get(0).equals("本报9月2日讯 青松智造项目在东岳智造园开工，总投资12亿元")),
                "the untitled article is called by its first sentence, blank space trimmed: " + headings);
    }

    @Test
    void textStart_countsCharactersAsCypherDoes_andFallsBackToTheFirstOccurrence() {
        assertEquals(3, ArticlePlan.textStart("丙丁。", 13, "丙丁。丙丁。", 10), "the source offset shifted by the article's start");
        assertEquals(0, ArticlePlan.textStart("丙丁。", 99, "丙丁。丙丁。", 0), "an offset that does not match: the first occurrence");
        String text = "𠀾甲乙。丙丁。丙丁。"; // a character outside the BMP first: two Java chars, one Cypher character
        assertEquals(7, ArticlePlan.textStart("丙丁。", 7, text, 0), "offsets in characters, as Cypher counts them");
        assertEquals(4, ArticlePlan.textStart("丙丁。", 99, text, 0));
        assertEquals(-1, ArticlePlan.textStart("戊己。", 5, text, 0));
        assertEquals(-1, ArticlePlan.textStart("", 0, text, 0));
        assertEquals("𠀾甲乙", ArticlePlan.heading(null, "  " + text));
        assertEquals("标题", ArticlePlan.heading("标题", text));
    }

    @Test
    void v010_fillsAStoreWrittenWithout_andTheQueriesAnswerTheSameMeanwhile() throws Exception {
        writeAll();
        QueryRunner runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        List<String> eventIds = rows("MATCH (e:Event) RETURN e.id").stream().map(r -> (String) r.getFirst()).toList();
        List<Map<String, Object>> calls = new ArrayList<>(List.of(
                Map.of("query", "park", "params", Map.of("name", "东岳智能制造产业园")),
                Map.of("query", "park-projects", "params", Map.of("park", "东岳智造园")),
                Map.of("query", "event-organizers", "params", Map.of()),
                Map.of("query", "event-organizers", "params", Map.of("organization", "东岳新区人民政府"))));
        eventIds.forEach(id -> calls.add(Map.of("query", "event-detail", "params", Map.of("event", id))));
        // event-attendees and person-events quote the same ATTENDED records (q8b).
        rows("MATCH (e:Event) RETURN DISTINCT e.name").forEach(r -> calls.add(Map.of("query", "event-attendees", "params", Map.of("event", r.getFirst()))));
        rows("MATCH (p:Person)-[:ATTENDED]->() RETURN DISTINCT p.key").forEach(r -> calls.add(Map.of("query", "person-events", "params", Map.of("name", r.getFirst()))));
        // person-titles quotes HELD records (from the stored offsets too since att10).
        rows("MATCH (p:Person)-[:HELD]->() RETURN DISTINCT p.key").forEach(r -> calls.add(Map.of("query", "person-titles", "params", Map.of("name", r.getFirst()))));
        List<QueryResult> before = answers(runner, catalogue, calls);
        assertTrue(before.getFirst().rows().toString().contains("start=8"), "park quotes with offsets: " + before.getFirst().rows());

        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("MATCH ()-[r]->() WHERE r.textStart IS NOT NULL REMOVE r.textStart").consume();
            session.run("MATCH (a:Article) REMOVE a.heading").consume();
        }
        assertEquals(before, answers(runner, catalogue, calls), "the same answers from the text, before V012 ran");

        String file = "V012__quoted_evidence.cypher";
        String v010;
        try (var in = getClass().getClassLoader().getResourceAsStream("graph-schema/" + file)) {
            v010 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var session = store.driver().session(store.sessionConfig())) {
            for (String statement : Migration.parse(file, v010).statements()) {
                session.run(statement).consume(); // batched in transactions of its own: auto-commit
            }
        }
        List<List<Object>> records = rows(FROM_TEXT);
        assertFalse(records.isEmpty());
        records.forEach(r -> assertEquals(r.get(2), r.get(1), "V012 sets what the writer sets"));
        rows(HEADINGS).forEach(h -> assertEquals(h.get(1), h.get(0), "V012 sets the heading"));
        assertEquals(before, answers(runner, catalogue, calls), "and the same answers after it");
    }

    @SuppressWarnings("unchecked")
    private static List<QueryResult> answers(QueryRunner runner, QueryCatalogue catalogue, List<Map<String, Object>> calls) {
        return calls.stream().map(c -> runner.run(catalogue.get((String) c.get("query")).orElseThrow(),
                (Map<String, Object>) c.get("params"))).toList();
    }
}
