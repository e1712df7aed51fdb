package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsgraph.extract.Extractor;
import newsgraph.graph.GraphWriter;
import newsgraph.neo4j.GraphStore;
import newsgraph.schema.SchemaMigrator;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * A store in the shape the previous version wrote (schema V001–V002: a person is their name,
 * provenance lists on relationships, no stored extraction) upgrades by the V003 migration and
 * {@code rebuild}: the articles are extracted again from their stored text and written in the new
 * shape, with regions, keyed people and per-article relationships. Fictional articles.
 */
class UpgradeTest {

    static final String LINJIANG = "来源：临江日报\n本报3月5日讯（记者 李晓） 3月5日上午，市委常委会会议召开。市委书记周明远主持会议，市委副书记、市长王军出席会议并讲话。";
    static final String QINGHE = "来源：青河日报\n本报3月5日讯（记者 陈平） 3月5日上午，市委常委会会议召开。市委书记孙立主持会议，市委副书记、市长王军出席会议并讲话。";

    /** What the previous write-article.cypher left for one article: the shape, not every detail. */
    static final String OLD_SHAPE = """
            MERGE (a:Article {id: $id}) SET a.text = $text, a.title = $title, a.date = date('2024-03-05'), a.file = $file, a.source = $source
            CREATE (:__IngestedArticle {id: $id, file: $file, title: $title})
            MERGE (p:Person {name: '王军'}) SET p:Official
            MERGE (a)-[m:MENTIONS]->(p) SET m.articles = coalesce(m.articles, []) + $id, m.evidence = coalesce(m.evidence, []) + ''
            MERGE (pos:Position {title: '市长'}) ON CREATE SET pos.post = '市长', pos.qualified = false
            MERGE (p)-[h:HELD]->(pos) SET h.since = date('2024-03-05'), h.until = date('2024-03-05'),
                  h.articles = coalesce(h.articles, []) + $id, h.evidence = coalesce(h.evidence, []) + 'x',
                  h.evidenceStart = coalesce(h.evidenceStart, []) + 0, h.evidenceEnd = coalesce(h.evidenceEnd, []) + 1
            MERGE (o:Organization {name: '市委'}) ON CREATE SET o.aliases = []
            MERGE (e:Event {id: 'old-event'}) ON CREATE SET e.name = '市委常委会会议', e.date = date('2024-03-05'), e.aliases = []
            MERGE (a)-[:REPORTS]->(e)
            MERGE (p)-[t:ATTENDED]->(e) SET t.roles = ['attended', 'spoke'], t.articles = coalesce(t.articles, []) + $id""";

    @Test
    void aStoreOfThePreviousShape_upgradesByMigrationAndRebuild() {
        Path dir = TestNeo4j.tempDir("upgrade");
        try (GraphStore store = TestNeo4j.start(dir, false)) {
            new SchemaMigrator(SchemaMigrator.bundled().migrations().stream().filter(m -> m.version() <= 2).toList())
                    .migrate(store.driver(), store.sessionConfig());
            try (var session = store.driver().session(store.sessionConfig())) {
                session.run(OLD_SHAPE, Map.of("id", "old-1", "text", LINJIANG.substring(LINJIANG.indexOf('\n') + 1),
                        "title", "临江", "file", "linjiang.txt", "source", "临江日报")).consume();
                session.run(OLD_SHAPE, Map.of("id", "old-2", "text", QINGHE.substring(QINGHE.indexOf('\n') + 1),
                        "title", "青河", "file", "qinghe.txt", "source", "青河日报")).consume();
            }
            assertEquals(1L, count(store, "MATCH (p:Person {name: '王军'}) RETURN count(p)"), "the old shape: one 王军");

            store.migrate(); // V003: keys instead of unique names
            Rebuilder.Rebuilt n = new Rebuilder(store.driver(), store.sessionConfig(),
                    new GraphWriter(store.driver(), store.sessionConfig()), new Extractor()).rebuild();
            assertEquals(new Rebuilder.Rebuilt(2, 2, 0), n);

            assertEquals(List.of("王军@临江市", "王军@青河市"), strings(store, "MATCH (p:Person {name: '王军'}) RETURN p.key ORDER BY p.key"));
            assertEquals(List.of("临江市委常委会会议", "青河市委常委会会议"), strings(store, "MATCH (e:Event) RETURN e.name ORDER BY e.name"));
            assertEquals(0L, count(store, "MATCH ()-[r]->() WHERE r.articles IS NOT NULL RETURN count(r)"), "no provenance lists left");
            assertTrue(count(store, "MATCH ()-[r:ATTENDED]->() WHERE r.article IS NOT NULL AND r.role IS NOT NULL RETURN count(r)") >= 4);
            assertEquals(2L, count(store, "MATCH (l:__IngestedArticle) WHERE l.extraction IS NOT NULL RETURN count(l)"),
                    "the ledger now keeps each extraction, for the next rebuild");

            // A second rebuild (from the stored extractions now) gives the same graph.
            var before = strings(store, "MATCH (p:Person) RETURN p.key ORDER BY p.key");
            new Rebuilder(store.driver(), store.sessionConfig(), new GraphWriter(store.driver(), store.sessionConfig()), null)
                    .rebuild();
            assertEquals(before, strings(store, "MATCH (p:Person) RETURN p.key ORDER BY p.key"));
        }
    }

    private static long count(GraphStore store, String cypher) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private static List<String> strings(GraphStore store, String cypher) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run(cypher).list().stream().map((Record r) -> r.get(0).asString()).toList();
        }
    }
}
