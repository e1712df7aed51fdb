package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsgraph.model.ArticleExtraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

class GraphWriterTest {

    private final GraphStore store = TestNeo4j.shared();
    private final GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    private List<Record> query(String cypher, Map<String, Object> params) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run(cypher, params).list();
        }
    }

    private long count(String cypher) {
        return query(cypher, Map.of()).getFirst().get(0).asLong();
    }

    private void writeAll(List<ArticleExtraction> articles) {
        for (ArticleExtraction a : articles) {
            writer.write(a, ArticleMetadata.ofFile("fixture.txt"));
        }
    }

    @Test
    void write_createsTheModelOfAMeeting() {
        WriteResult r = writer.write(Fixtures.meeting2023(), new ArticleMetadata("a.txt", "东岳新闻", null, null));
        assertTrue(r.created());
        assertTrue(r.nodesCreated() > 0 && r.relationshipsCreated() > 0);
        GraphStats stats = GraphStats.read(store.driver(), store.sessionConfig());
        assertEquals(1L, stats.nodes().get("Article"));
        assertEquals(3L, stats.nodes().get("Person"));
        assertEquals(2L, stats.nodes().get("Official"));
        assertEquals(1L, stats.nodes().get("Reporter"));
        assertEquals(1L, stats.bookkeeping().get("__IngestedArticle"));
        assertEquals(r.nodesCreated(), count("MATCH (n) WHERE NOT n:__IngestedArticle AND NOT n:__SchemaMigration RETURN count(n)"),
                "counters report the nodes created, ledger excluded");

        var held = query("""
                MATCH (:Person {name: '林海峰'})-[h:HELD]->(p:Position)
                RETURN p.title AS title, p.qualified AS q, h.since AS since, h.evidence AS evidence ORDER BY title""", Map.of());
        assertEquals(List.of("东岳新区区长", "东岳新区工委副书记"), held.stream().map(x -> x.get("title").asString()).toList());
        assertEquals(LocalDate.of(2023, 7, 20), held.getFirst().get("since").asLocalDate());
        assertEquals(List.of("东岳新区工委副书记、区长林海峰出席会议并讲话。"), held.getFirst().get("evidence").asList());

        var attended = query("""
                MATCH (p:Person)-[r:ATTENDED]->(e:Event)-[:HELD_AT]->(pl:Place)
                RETURN p.name AS name, r.roles AS roles, e.name AS event, pl.name AS place ORDER BY name""", Map.of());
        assertEquals(2, attended.size());
        assertEquals(List.of("attended", "spoke"), attended.getFirst().get("roles").asList()); // 林海峰
        assertEquals("东岳新区", attended.getFirst().get("place").asString());
        assertEquals(1L, count("MATCH (:Reporter {name: '周晓明'})-[:WROTE]->(:Article) RETURN count(*)"));
        assertEquals(1L, count("MATCH (:Article)-[:REPORTS]->(:Event) RETURN count(*)"));
    }

    @Test
    void write_isIdempotent_secondWriteChangesNothing() {
        writeAll(Fixtures.all());
        GraphStats first = GraphStats.read(store.driver(), store.sessionConfig());
        for (ArticleExtraction a : Fixtures.all()) {
            WriteResult again = writer.write(a, ArticleMetadata.ofFile("fixture.txt"));
            assertFalse(again.created());
            assertEquals(0, again.nodesCreated());
        }
        assertEquals(first, GraphStats.read(store.driver(), store.sessionConfig()));
    }

    @Test
    void write_withoutTheLedger_stillAddsNothing() {
        writeAll(Fixtures.all());
        GraphStats first = GraphStats.read(store.driver(), store.sessionConfig());
        var before = query("MATCH ()-[r]->() RETURN collect(properties(r)) AS p", Map.of()).getFirst().get("p").asList();
        query("MATCH (l:__IngestedArticle) DELETE l", Map.of());
        writeAll(Fixtures.all());
        assertEquals(first, GraphStats.read(store.driver(), store.sessionConfig()));
        var after = query("MATCH ()-[r]->() RETURN collect(properties(r)) AS p", Map.of()).getFirst().get("p").asList();
        assertEquals(before, after, "MERGE and de-duplicated provenance: relationship properties unchanged");
    }

    static final String SUCCESSION = """
            MATCH (p:Person)-[h:HELD]->(:Position {title: $title})
            RETURN p.name AS name, h.since AS since, h.until AS until ORDER BY since""";

    @Test
    void succession_ofAPost_isOneQuery() {
        writeAll(Fixtures.all());
        var rows = query(SUCCESSION, Map.of("title", "东岳自贸片区管委主任"));
        assertEquals(List.of("韩志远", "陶文博"), rows.stream().map(r -> r.get("name").asString()).toList());
        assertEquals(LocalDate.of(2023, 7, 20), rows.get(0).get("until").asLocalDate());
        assertEquals(LocalDate.of(2024, 6, 12), rows.get(1).get("since").asLocalDate());

        var inJuly2023 = query("""
                MATCH (p:Person)-[h:HELD]->(:Position {title: $title})
                WHERE h.since <= date('2023-07-31') AND h.until >= date('2023-07-01')
                RETURN p.name AS name""", Map.of("title", "东岳自贸片区管委主任"));
        assertEquals(List.of("韩志远"), inJuly2023.stream().map(r -> r.get("name").asString()).toList());
        assertEquals(1L, count("MATCH (:Position {title: '东岳自贸片区管委主任'})-[:OF]->(:Organization {name: '东岳自贸片区管委'}) RETURN count(*)"));
    }

    @Test
    void tenure_isMinAndMaxOfDates_inAnyOrder() {
        ArticleExtraction july = Fixtures.meeting2023Other();
        ArticleExtraction later = new ArticleExtraction("后来", "2023-11-02", List.of(), july.officials(), List.of(),
                List.of(), List.of(), List.of(), "11月2日，区长林海峰调研。", 0, 12);
        ArticleExtraction earlier = new ArticleExtraction("早先", "2023-03-15", List.of(), july.officials(), List.of(),
                List.of(), List.of(), List.of(), "3月15日，区长林海峰调研。", 0, 12);
        writeAll(List.of(july, later, earlier));
        var h = query("MATCH (:Person {name: '林海峰'})-[h:HELD]->(:Position {title: '区长'}) RETURN h", Map.of())
                .getFirst().get("h").asRelationship();
        assertEquals(LocalDate.of(2023, 3, 15), h.get("since").asLocalDate());
        assertEquals(LocalDate.of(2023, 11, 2), h.get("until").asLocalDate());
        assertEquals(3, h.get("articles").size());
    }

    @Test
    void sameEvent_inTwoArticles_isOneNode_withBothAsProvenance() {
        writeAll(List.of(Fixtures.meeting2023(), Fixtures.meeting2023Other()));
        assertEquals(1L, count("MATCH (e:Event) RETURN count(e)"));
        assertEquals(2L, count("MATCH (:Article)-[:REPORTS]->(:Event) RETURN count(*)"));
        var attended = query("MATCH (:Person {name: '林海峰'})-[r:ATTENDED]->(:Event) RETURN r", Map.of())
                .getFirst().get("r").asRelationship();
        assertEquals(List.of("attended", "spoke"), attended.get("roles").asList());
        assertEquals(2, attended.get("articles").size());
        assertEquals(attended.get("articles").size(), attended.get("evidenceStart").size());
    }

    @Test
    void organizationsAndParks_resolveByNameOrAlias() {
        writeAll(Fixtures.all());
        var orgs = query("MATCH (o:Organization) WHERE o.name CONTAINS '总工会' RETURN o.name AS name, o.aliases AS aliases", Map.of());
        assertEquals(1, orgs.size());
        assertEquals("东岳新区总工会", orgs.getFirst().get("name").asString());
        assertEquals(List.of("区总工会"), orgs.getFirst().get("aliases").asList());
        assertEquals(1L, count("MATCH (:Organization {name: '东岳新区总工会'})-[:ORGANIZED {role: 'co_host'}]->(:Event) RETURN count(*)"));
        assertEquals(3L, count("MATCH (:Organization)-[:ORGANIZED]->(:Event) RETURN count(*)"));

        assertEquals(1L, count("MATCH (p:Park) RETURN count(p)"));
        var project = query("MATCH (p:Project)-[l:LOCATED_IN]->(park:Park) RETURN p.investmentYuan AS yuan, park.name AS park, l.evidence AS ev", Map.of()).getFirst();
        assertEquals(1_200_000_000L, project.get("yuan").asLong());
        assertEquals("东岳智能制造产业园", project.get("park").asString());
        assertEquals(List.of("青松智造项目在东岳智造园开工，总投资12亿元。"), project.get("ev").asList());

        // A later article naming the park by its alias only finds the same node.
        ArticleExtraction aliasOnly = new ArticleExtraction("智造园", "2024-01-05", List.of(), List.of(), List.of(), List.of(),
                List.of(new newsgraph.model.Park("东岳智造园", List.of(), null)), List.of(), "东岳智造园新增企业。", 0, 10);
        writer.write(aliasOnly, ArticleMetadata.ofFile("x.txt"));
        assertEquals(1L, count("MATCH (p:Park) RETURN count(p)"));
        assertEquals(2L, count("MATCH (:Article)-[:MENTIONS]->(:Park) RETURN count(*)"));
    }

    @Test
    void everyExtractedRelationship_carriesParallelProvenanceLists() {
        writeAll(Fixtures.all());
        long missing = count("""
                MATCH ()-[r]->() WHERE r.articles IS NULL OR size(r.articles) = 0
                   OR size(r.articles) <> size(r.evidence) OR size(r.evidence) <> size(r.evidenceStart)
                   OR size(r.evidenceStart) <> size(r.evidenceEnd)
                RETURN count(r)""");
        assertEquals(0L, missing);
        // Offsets quote the sentence back from the article text (these fixtures start at offset 0).
        var quoted = query("""
                MATCH (a:Article)-[:REPORTS]->(e:Event)<-[r:ATTENDED]-(:Person)
                UNWIND range(0, size(r.articles) - 1) AS i
                WITH a, r, i WHERE r.articles[i] = a.id AND r.evidenceStart[i] >= 0
                RETURN substring(a.text, r.evidenceStart[i], r.evidenceEnd[i] - r.evidenceStart[i]) = r.evidence[i] AS ok""",
                Map.of());
        assertFalse(quoted.isEmpty());
        assertTrue(quoted.stream().allMatch(r -> r.get("ok").asBoolean()));
    }
}
