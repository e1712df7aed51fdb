package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsgraph.model.ArticleExtraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.query.QueryProfile;
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
                RETURN p.title AS title, p.qualified AS q, h.date AS date, h.sentence AS sentence ORDER BY title""", Map.of());
        assertEquals(List.of("东岳新区区长", "东岳新区工委副书记"), held.stream().map(x -> x.get("title").asString()).toList());
        assertEquals(LocalDate.of(2023, 7, 20), held.getFirst().get("date").asLocalDate());
        assertEquals("东岳新区工委副书记、区长林海峰出席会议并讲话。", held.getFirst().get("sentence").asString());

        var attended = query("""
                MATCH (p:Person)-[r:ATTENDED]->(e:Event)-[:HELD_AT]->(pl:Place)
                WITH p, e, pl, r ORDER BY r.role
                RETURN p.name AS name, collect(r.role) AS roles, e.name AS event, pl.name AS place ORDER BY name""", Map.of());
        assertEquals(2, attended.size());
        assertEquals(List.of("attended", "spoke"), attended.getFirst().get("roles").asList()); // 林海峰: one record per role
        assertEquals(1L, count("MATCH (a:Article) WHERE a.region = '东岳新区' AND a.source = '东岳新闻' RETURN count(a)"));
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
        GraphStats again = GraphStats.read(store.driver(), store.sessionConfig());
        assertEquals(first.nodes(), again.nodes(), "the article node itself says it is written");
        assertEquals(first.relationships(), again.relationships());
        var after = query("MATCH ()-[r]->() RETURN collect(properties(r)) AS p", Map.of()).getFirst().get("p").asList();
        assertEquals(before, after, "relationship properties unchanged");
    }

    static final String SUCCESSION = """
            MATCH (p:Person)-[h:HELD]->(:Position {title: $title})
            WITH p, min(h.date) AS since, max(h.date) AS until
            RETURN p.name AS name, since, until ORDER BY since""";

    @Test
    void succession_ofAPost_isOneQuery() {
        writeAll(Fixtures.all());
        var rows = query(SUCCESSION, Map.of("title", "东岳自贸片区管委主任"));
        assertEquals(List.of("韩志远", "陶文博"), rows.stream().map(r -> r.get("name").asString()).toList());
        assertEquals(LocalDate.of(2023, 7, 20), rows.get(0).get("until").asLocalDate());
        assertEquals(LocalDate.of(2024, 6, 12), rows.get(1).get("since").asLocalDate());

        var inJuly2023 = query("""
                MATCH (p:Person)-[h:HELD]->(:Position {title: $title})
                WITH p, min(h.date) AS since, max(h.date) AS until
                WHERE since <= date('2023-07-31') AND until >= date('2023-07-01')
                RETURN p.name AS name""", Map.of("title", "东岳自贸片区管委主任"));
        assertEquals(List.of("韩志远"), inJuly2023.stream().map(r -> r.get("name").asString()).toList());
        assertEquals(2L, count("MATCH (:Position {title: '东岳自贸片区管委主任'})-[:OF]->(:Organization {name: '东岳自贸片区管委'}) RETURN count(*)"),
                "one OF per article that states it");
    }

    @Test
    void tenure_isMinAndMaxOfDates_inAnyOrder() {
        ArticleExtraction july = Fixtures.meeting2023Other();
        ArticleExtraction later = new ArticleExtraction("后来", "2023-11-02", List.of(), july.officials(), List.of(),
                List.of(), List.of(), List.of(), "11月2日，区长林海峰调研。", 0, 12);
        ArticleExtraction earlier = new ArticleExtraction("早先", "2023-03-15", List.of(), july.officials(), List.of(),
                List.of(), List.of(), List.of(), "3月15日，区长林海峰调研。", 0, 12);
        for (ArticleExtraction a : List.of(july, later, earlier)) {
            writer.write(a, new ArticleMetadata("x.txt", null, null, null, "东岳新区")); // 区长 is then 东岳新区区长
        }
        var h = query("""
                MATCH (:Person {name: '林海峰'})-[h:HELD]->(:Position {title: '东岳新区区长'})
                RETURN min(h.date) AS since, max(h.date) AS until, count(h) AS articles""", Map.of()).getFirst();
        assertEquals(LocalDate.of(2023, 3, 15), h.get("since").asLocalDate());
        assertEquals(LocalDate.of(2023, 11, 2), h.get("until").asLocalDate());
        assertEquals(3, h.get("articles").asInt());
    }

    @Test
    void sameEvent_inTwoArticles_isOneNode_withBothAsProvenance() {
        writeAll(List.of(Fixtures.meeting2023(), Fixtures.meeting2023Other()));
        assertEquals(1L, count("MATCH (e:Event) RETURN count(e)"));
        assertEquals(2L, count("MATCH (:Article)-[:REPORTS]->(:Event) RETURN count(*)"));
        var attended = query("""
                MATCH (:Person {name: '林海峰'})-[r:ATTENDED]->(:Event)
                WITH r ORDER BY r.role
                RETURN collect(DISTINCT r.role) AS roles, count(DISTINCT r.article) AS articles, count(r) AS records""",
                Map.of()).getFirst();
        assertEquals(List.of("attended", "spoke"), attended.get("roles").asList(org.neo4j.driver.Value::asString));
        assertEquals(2, attended.get("articles").asInt());
        assertEquals(3, attended.get("records").asInt(), "one record per (article, role): attended+spoke, then spoke");
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
        var project = query("MATCH (p:Project)-[l:LOCATED_IN]->(park:Park) RETURN p.investmentYuan AS yuan, park.name AS park, l.sentence AS ev", Map.of()).getFirst();
        assertEquals(1_200_000_000L, project.get("yuan").asLong());
        assertEquals("东岳智能制造产业园", project.get("park").asString());
        assertEquals("青松智造项目在东岳智造园开工，总投资12亿元。", project.get("ev").asString());

        // A later article naming the park by its alias only finds the same node.
        ArticleExtraction aliasOnly = new ArticleExtraction("智造园", "2024-01-05", List.of(), List.of(), List.of(), List.of(),
                List.of(new newsgraph.model.Park("东岳智造园", List.of(), null)), List.of(), "东岳智造园新增企业。", 0, 10);
        writer.write(aliasOnly, ArticleMetadata.ofFile("x.txt"));
        assertEquals(1L, count("MATCH (p:Park) RETURN count(p)"));
        assertEquals(2L, count("MATCH (:Article)-[:MENTIONS]->(:Park) RETURN count(*)"));
    }

    /**
     * Substring search reads an eventually consistent index (entity_names, graph-schema V011): a
     * written article's names are found as soon as {@code write} returns, and a removed article's are
     * gone as soon as {@code remove} returns. Batches do not wait for that index, and need not: an
     * alias the first batch committed resolves in the batch right after it, as the alias lookup reads
     * the consistent entity_exact.
     */
    @Test
    void writtenNames_areSearchableAtOnce_andAnAliasResolvesInTheNextBatch() {
        String search = "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN count(node) AS n";
        WriteResult r = writer.write(Fixtures.meeting2023(), ArticleMetadata.ofFile("a.txt"));
        assertEquals(1L, query(search, Map.of("q", "\"海峰\"")).getFirst().get("n").asLong(), "part of a name, right after write");
        assertTrue(new ArticleRemover(store.driver(), store.sessionConfig()).remove(r.articleId()).isPresent());
        assertEquals(0L, query(search, Map.of("q", "\"海峰\"")).getFirst().get("n").asLong(), "right after removal");

        writer.writeAll(Fixtures.all().stream().map(a -> writer.prepare(a, ArticleMetadata.ofFile("fixture.txt"))).toList());
        ArticleExtraction aliasOnly = new ArticleExtraction("智造园", "2024-01-05", List.of(), List.of(), List.of(), List.of(),
                List.of(new newsgraph.model.Park("东岳智造园", List.of(), null)), List.of(), "东岳智造园新增企业。", 0, 10);
        writer.writeAll(List.of(writer.prepare(aliasOnly, ArticleMetadata.ofFile("x.txt"))));
        assertEquals(1L, count("MATCH (p:Park) RETURN count(p)"), "the park named by its alias in the next batch is the same node");
        assertEquals(2L, count("MATCH (:Article)-[:MENTIONS]->(:Park) RETURN count(*)"));
    }

    /**
     * The summaries (graph-schema V007) say what the per-article records say: one TENURE per person
     * and position with the first and last HELD date and the number of HELD records, one IN_PARK per
     * project and park and one IN_ORGANIZATION per position and organization with their record counts,
     * and on each park its number of projects and their total stated investment; the records' copies
     * for the ordered reads (V008) agree with their nodes.
     */
    @Test
    void summaries_sayWhatTheRecordsSay() {
        writeAll(Fixtures.all());
        assertTrue(count("MATCH ()-[t:TENURE]->() RETURN count(t)") > 0, "the fixtures hold titles");
        assertEquals(0L, count("""
                MATCH (p:Person)-[h:HELD]->(pos:Position)
                WITH p, pos, min(h.date) AS since, max(h.date) AS until, count(h) AS n
                OPTIONAL MATCH (p)-[t:TENURE]->(pos)
                WITH p, pos, since, until, n, collect(t) AS ts
                WHERE size(ts) <> 1 OR ts[0].since <> since OR ts[0].until <> until OR ts[0].articleCount <> n
                   OR (ts[0].since IS NULL) <> (since IS NULL) OR (ts[0].until IS NULL) <> (until IS NULL)
                RETURN count(*)"""), "TENURE: one per pair, min, max and count of HELD");
        assertEquals(0L, count("""
                MATCH (pr)-[:LOCATED_IN]->(park:Park)
                WITH DISTINCT park
                MATCH (pr)-[l:LOCATED_IN]->(park)
                WITH park, pr, count(l) AS n
                OPTIONAL MATCH (pr)-[i:IN_PARK]->(park)
                WITH park, pr, n, collect(i) AS is
                WHERE size(is) <> 1 OR is[0].articleCount <> n
                RETURN count(*)"""), "IN_PARK: one per pair, the count of LOCATED_IN");
        assertEquals(0L, count("""
                MATCH (pos)-[of:OF]->(o:Organization)
                WITH pos, o, count(of) AS n
                OPTIONAL MATCH (pos)-[i:IN_ORGANIZATION]->(o)
                WITH pos, o, n, collect(i) AS is
                WHERE size(is) <> 1 OR is[0].articleCount <> n
                RETURN count(*)"""), "IN_ORGANIZATION: one per pair, the count of OF");
        assertEquals(0L, count("""
                MATCH (park:Park)
                OPTIONAL MATCH (pr)-[:LOCATED_IN]->(park)
                WITH park, collect(DISTINCT pr) AS projects
                WHERE park.projectCount <> size(projects)
                   OR park.totalInvestmentYuan <> reduce(t = 0, x IN projects | t + coalesce(x.investmentYuan, 0))
                   OR park.projectCount IS NULL
                RETURN count(*)"""), "each park's project count and total investment");
        assertEquals(count("MATCH ()-[t:TENURE|IN_PARK|IN_ORGANIZATION]->() RETURN count(t)"), count("""
                CALL () {
                  MATCH (p)-[:HELD]->(pos) WITH DISTINCT p, pos RETURN count(*) AS n
                  UNION ALL MATCH (pr)-[:LOCATED_IN]->(park) WITH DISTINCT pr, park RETURN count(*) AS n
                  UNION ALL MATCH (pos)-[:OF]->(o) WITH DISTINCT pos, o RETURN count(*) AS n
                }
                RETURN sum(n)"""), "no summary without a record");
        // The copies the ordered reads index (graph-schema V008): an ORGANIZED carries its organizer's key and
        // its event's date, an IN_PARK its park's name and its project's latest stated investment.
        assertTrue(count("MATCH ()-[r:ORGANIZED]->() RETURN count(r)") > 0, "the fixtures hold organizers");
        assertEquals(0L, count("""
                MATCH (o)-[r:ORGANIZED]->(e)
                WHERE r.organization IS NULL OR r.organization <> o.key
                   OR (r.date IS NULL) <> (e.date IS NULL) OR r.date <> e.date
                RETURN count(*)"""), "ORGANIZED: the organizer's key and the event's date");
        assertEquals(0L, count("""
                MATCH (pr)-[i:IN_PARK]->(park)
                WHERE i.park IS NULL OR i.park <> park.name
                   OR (i.investmentYuan IS NULL) <> (pr.investmentYuan IS NULL) OR i.investmentYuan <> pr.investmentYuan
                RETURN count(*)"""), "IN_PARK: the park's name and the project's investment");
        // A TENURE carries its position's key (graph-schema V010), which title-holders reads with since.
        assertTrue(count("MATCH ()-[t:TENURE]->() RETURN count(t)") > 0, "the fixtures hold tenures");
        assertEquals(0L, count("MATCH ()-[t:TENURE]->(pos) WHERE t.position IS NULL OR t.position <> pos.key RETURN count(*)"),
                "TENURE: the position's key");
        // And its person's key (graph-schema V019), which the writer's MERGE seeks the pair by.
        assertEquals(0L, count("MATCH (p)-[t:TENURE]->() WHERE t.person IS NULL OR t.person <> p.key RETURN count(*)"),
                "TENURE: the person's key");
        // An ATTENDED carries its person's key and its event's date (graph-schema V018), which person-events reads in order.
        assertTrue(count("MATCH ()-[a:ATTENDED]->() RETURN count(a)") > 0, "the fixtures hold attendance");
        assertEquals(0L, count("""
                MATCH (p)-[a:ATTENDED]->(e)
                WHERE a.person IS NULL OR a.person <> p.key OR (a.date IS NULL) <> (e.date IS NULL) OR a.date <> e.date
                RETURN count(*)"""), "ATTENDED: the person's key and the event's date");
    }

    /**
     * The write statement finds a person's TENURE of a position by the pair's keys through V019's
     * constraint (a locking seek: two writers cannot both create one pair), not by expanding the person's
     * relationships, which grew with every article naming them until Neo4j made the node dense.
     */
    @Test
    void tenure_isSoughtByItsKeys_notByWalkingThePerson() {
        List<QueryProfile.Operator> operators = QueryProfile.explain(store.driver(), store.sessionConfig(),
                CypherFile.load("write-article").text(), Map.of("batch", Map.of("articles", List.of())));
        assertTrue(operators.stream().anyMatch(o -> o.type().startsWith("DirectedRelationshipUniqueIndexSeek(Locking)")
                && o.details().contains("TENURE(person, position)")), "TENURE sought by its keys: " + operators);
        assertFalse(operators.stream().anyMatch(o -> o.type().startsWith("Expand") && o.details().contains(":TENURE]")),
                "no expand of a person's relationships to find a TENURE");
    }

    @Test
    void everyExtractedRelationship_isOneRecordOfOneArticle_withItsSentence() {
        writeAll(Fixtures.all());
        long missing = count("""
                MATCH (x)-[r]->(y) WHERE NOT type(r) IN ['WROTE', 'TENURE', 'IN_PARK', 'IN_ORGANIZATION', '__ALIAS_OF']
                  AND NOT (x:Article AND r.sentence IS NOT NULL)
                  AND (r.article IS NULL OR r.sentence IS NULL OR r.start IS NULL OR r.end IS NULL
                       OR NOT EXISTS { MATCH (:Article {id: r.article}) })
                RETURN count(r)""");
        assertEquals(0L, missing);
        // Offsets quote the sentence back from the article text (these fixtures start at offset 0).
        var quoted = query("""
                MATCH (a:Article)-[:REPORTS]->(e:Event)<-[r:ATTENDED]-(:Person)
                WHERE r.article = a.id AND r.start >= 0
                RETURN substring(a.text, r.start, r.end - r.start) = r.sentence AS ok""",
                Map.of());
        assertFalse(quoted.isEmpty());
        assertTrue(quoted.stream().allMatch(r -> r.get("ok").asBoolean()));
    }
}
