package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import newsgraph.bench.CorpusGenerator;
import newsgraph.ingest.ArticleExtractor;
import newsgraph.ingest.IngestSummary;
import newsgraph.ingest.Ingester;
import newsgraph.ingest.Rebuilder;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Official;
import newsgraph.model.Position;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

/**
 * Batched ingest (several articles per transaction, extraction on several threads) writes the graph
 * that one article per transaction writes: the same nodes, keys, properties and relationships, on a
 * corpus where later articles resolve against earlier ones (namesakes of two cities, one person seen
 * again, events of one day named two ways, re-reported events, an article twice in one batch). An
 * article that cannot be written is reported alone and its batch-mates land.
 */
class BatchedIngestTest {

    private final GraphStore store = TestNeo4j.shared();
    private final GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
    }

    /** Articles whose writing depends on what the ones before them wrote, in a fixed order. */
    private static List<ArticleExtraction> corpus() {
        List<ArticleExtraction> out = new ArrayList<>();
        out.add(IdentityFixtures.standingCommittee("临江日报", "市委常委会会议"));
        out.add(IdentityFixtures.standingCommittee("青河日报", "市委常委会会议"));
        out.add(IdentityFixtures.mayorInspects("临江日报"));
        out.add(IdentityFixtures.standingCommittee("临江晚报", "市委常委会第十二次会议"));
        out.add(IdentityFixtures.signing("临江日报", "签约仪式"));
        out.add(IdentityFixtures.signing("临江晚报", "项目集中签约仪式", "招商推介会"));
        out.add(IdentityFixtures.signing("青河日报", "签约仪式"));
        out.addAll(Fixtures.all());
        List<ArticleExtraction> generated = new CorpusGenerator(11).generate(0, 150);
        out.addAll(generated);
        out.add(generated.get(5)); // the same text again, soon after: unchanged, whether in the batch or not
        out.add(IdentityFixtures.mayorInspects("临江日报"));
        return out;
    }

    private static ArticleMetadata meta(int i) {
        return new ArticleMetadata("doc-" + i + ".txt", null, null, null);
    }

    @Test
    void batchedIngest_writesTheGraphOfOneArticlePerTransaction() {
        List<ArticleExtraction> corpus = corpus();
        for (int i = 0; i < corpus.size(); i++) {
            writer.write(corpus.get(i), meta(i));
        }
        List<String> oneByOne = dump();
        GraphStats oneByOneStats = GraphStats.read(store.driver(), store.sessionConfig());

        for (int batch : new int[] {7, 64}) {
            TestNeo4j.clear();
            IngestSummary summary = new Ingester(writer, ArticleExtractor.NONE, null, null, null,
                    new Ingester.Settings(3, 5, batch)).run(units(corpus, 5), new Ingester.Listener() {});
            assertEquals(0, summary.articlesFailed());
            assertEquals(corpus.size() - 2, summary.articlesNew(), "the repeated article and the repeated report are unchanged");
            assertEquals(oneByOneStats, GraphStats.read(store.driver(), store.sessionConfig()), "counts, batches of " + batch);
            List<String> batched = dump();
            assertEquals(oneByOne.size(), batched.size());
            for (int i = 0; i < oneByOne.size(); i++) {
                assertEquals(oneByOne.get(i), batched.get(i), "batches of " + batch + ": first difference");
            }
        }
    }

    /**
     * rebuild writes through batched ingest too: from the stored articles, oldest first, its graph is
     * the one of writing them one by one in that order, as rebuild did before batches.
     */
    @Test
    void rebuild_writesTheGraphOfOneArticlePerTransaction() {
        // In the order rebuild reads them (date, then file name), so one by one here is one by one there.
        List<ArticleExtraction> corpus = new ArrayList<>(corpus());
        corpus.sort(Comparator.comparing(ArticleExtraction::date, Comparator.nullsLast(Comparator.naturalOrder())));
        for (int i = 0; i < corpus.size(); i++) {
            writer.write(corpus.get(i), new ArticleMetadata(String.format("doc-%04d.txt", i), null, null, null));
        }
        List<String> oneByOne = dump();
        int stored = corpus.size() - 2; // the repeated article and the repeated report are stored once

        Rebuilder.Rebuilt alone = new Rebuilder(store.driver(), store.sessionConfig(), writer, null,
                Ingester.Settings.oneByOne()).rebuild();
        assertEquals(new Rebuilder.Rebuilt(stored, stored, 0), alone);
        assertEquals(oneByOne, dump(), "rebuilt one article per transaction");
        for (Ingester.Settings settings : List.of(new Ingester.Settings(3, 5, 7), Ingester.Settings.defaults())) {
            Rebuilder.Rebuilt batched = new Rebuilder(store.driver(), store.sessionConfig(), writer, null, settings).rebuild();
            assertEquals(new Rebuilder.Rebuilt(stored, stored, 0), batched);
            assertEquals(oneByOne, dump(), "rebuilt in batches of " + settings.batch());
        }
    }

    @Test
    void batch_countsEachArticlesRelationships() {
        List<GraphWriter.Prepared> prepared = new ArrayList<>();
        List<ArticleExtraction> corpus = corpus().subList(0, 60);
        for (int i = 0; i < corpus.size(); i++) {
            prepared.add(writer.prepare(corpus.get(i), meta(i)));
        }
        GraphWriter.BatchResult result = writer.writeAll(prepared);
        // The summaries (one per pair, graph-schema V007) are not an article's records: not counted.
        long total = GraphStats.read(store.driver(), store.sessionConfig()).relationships().entrySet().stream()
                .filter(e -> !Set.of("TENURE", "IN_PARK", "IN_ORGANIZATION").contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        assertEquals(total, result.relationshipsCreated());
        assertEquals(total, result.outcomes().stream().mapToLong(o -> o.result().relationshipsCreated()).sum(),
                "each article's own count adds up to the batch's");
    }

    @Test
    void poisonedArticle_isReportedAlone_andItsBatchMatesLand() {
        List<ArticleExtraction> good = new CorpusGenerator(5).generate(0, 20);
        for (int i = 0; i < good.size(); i++) {
            writer.write(good.get(i), meta(i));
        }
        List<String> goodAlone = dump();
        TestNeo4j.clear();

        // A name longer than Neo4j can index (range indexes take keys of a few KB): that article's
        // transaction cannot commit, whatever else it holds.
        ArticleExtraction poisoned = poisoned(good.get(3));
        List<GraphWriter.Prepared> batch = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            batch.add(writer.prepare(good.get(i), meta(i)));
            if (i == 9) {
                batch.add(writer.prepare(poisoned, ArticleMetadata.ofFile("poisoned.txt")));
            }
        }
        GraphWriter.BatchResult result = writer.writeAll(batch);

        List<GraphWriter.Outcome> failed = result.outcomes().stream().filter(GraphWriter.Outcome::failed).toList();
        assertEquals(1, failed.size(), "only the poisoned article fails");
        String poisonedId = failed.getFirst().article().articleId();
        assertEquals(batch.get(10).articleId(), poisonedId);
        assertNull(failed.getFirst().result());
        assertTrue(result.outcomes().stream().filter(o -> !o.failed()).allMatch(o -> o.result().created()));
        assertEquals(0L, count("MATCH (a:Article {id: $id}) RETURN count(a)", poisonedId), "nothing of it written");
        assertEquals(0L, count("MATCH (l:__IngestedArticle {id: $id}) RETURN count(l)", poisonedId), "no ledger entry");
        assertEquals(0L, count("MATCH ()-[r]->() WHERE r.article = $id RETURN count(r)", poisonedId));
        assertEquals(goodAlone, dump(), "its batch-mates are written as they would be without it");

        // Through ingest: the run goes on, and counts it as the one failed article of its file.
        TestNeo4j.clear();
        List<ArticleExtraction> withPoison = new ArrayList<>(good);
        withPoison.add(10, poisoned);
        List<String> reported = new ArrayList<>();
        IngestSummary summary = new Ingester(writer, ArticleExtractor.NONE, null, null, null,
                new Ingester.Settings(2, 4, 50)).run(units(withPoison, 7), new Ingester.Listener() {
                    @Override
                    public void fileDone(Path file, int articles, String error) {
                        if (error != null) {
                            reported.add(file + " " + articles);
                        }
                    }
                });
        assertEquals(1, summary.articlesFailed());
        assertEquals(20, summary.articlesNew());
        assertEquals(List.of("unit-7.txt 6"), reported, "the poisoned article's file, with its six written batch-mates");
        assertFalse(summary.articlesFailed() > 1);
    }

    /** The article with one official named by 4,000 characters. */
    private static ArticleExtraction poisoned(ArticleExtraction a) {
        String name = "林" + "海".repeat(4000);
        String sentence = "区长" + name + "出席。";
        String text = a.text() + sentence;
        var evidence = new newsgraph.model.Evidence(sentence, a.text().length(), text.length());
        List<Official> officials = new ArrayList<>(a.officials());
        officials.add(new Official(name, List.of("区长"), List.of(new Position("区长", null, "区长", evidence)), true));
        return new ArticleExtraction(a.title(), a.date(), a.reporters(), officials, a.events(), a.organizations(),
                a.parks(), a.projects(), text, a.start(), a.start() + text.length(), a.continuation(), a.region());
    }

    /** The corpus as units of {@code size} articles, one document each, named by the first article's index. */
    private static List<Ingester.Unit> units(List<ArticleExtraction> corpus, int size) {
        List<Ingester.Unit> units = new ArrayList<>();
        for (int from = 0; from < corpus.size(); from += size) {
            int start = from;
            List<ArticleExtraction> part = corpus.subList(from, Math.min(corpus.size(), from + size));
            units.add(new Ingester.Unit(Path.of("unit-" + start + ".txt"), () -> {
                // one document per article, so each keeps the file name the one-by-one run gave it
                List<DocumentExtraction> docs = new ArrayList<>();
                for (int i = 0; i < part.size(); i++) {
                    docs.add(new DocumentExtraction("doc-" + (start + i) + ".txt", List.of(part.get(i)), null));
                }
                return docs;
            }));
        }
        return units;
    }

    private long count(String cypher, String id) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run(cypher, Map.of("id", id)).single().get(0).asLong();
        }
    }

    /**
     * Every node (labels, properties) and relationship (type, its ends by label and key, properties),
     * one line each, sorted: the graph without its internal ids and the ledger's write times.
     */
    private List<String> dump() {
        try (var session = store.driver().session(store.sessionConfig())) {
            List<String> lines = new ArrayList<>();
            session.run("MATCH (n) WHERE NOT n:__SchemaMigration RETURN labels(n) AS labels, properties(n) AS props")
                    .forEachRemaining(r -> lines.add(labels(r.get("labels")) + " " + props(r.get("props"))));
            session.run("""
                    MATCH (s)-[r]->(e)
                    RETURN type(r) AS type, labels(s) AS sl, coalesce(s.key, s.id, s.name) AS sk,
                           labels(e) AS el, coalesce(e.key, e.id, e.name) AS ek, properties(r) AS props""")
                    .forEachRemaining(r -> lines.add("(" + labels(r.get("sl")) + " " + r.get("sk").asString() + ")-["
                            + r.get("type").asString() + " " + props(r.get("props")) + "]->(" + labels(r.get("el")) + " "
                            + r.get("ek").asString() + ")"));
            lines.sort(null);
            return lines;
        }
    }

    private static String labels(Value labels) {
        return labels.asList(Value::asString).stream().sorted().collect(Collectors.joining(":"));
    }

    private static String props(Value props) {
        Map<String, Object> sorted = new TreeMap<>(props.asMap());
        sorted.remove("ingestedAt");
        return sorted.toString();
    }
}
