package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsgraph.extract.Extractor;
import newsgraph.graph.GraphStats;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.NeedsShared;
import newsgraph.testing.SamplePages;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

/**
 * Ingest through the real extractor: the five real sample pages (read from ../shared at test
 * time, never copied), and the sample articles we wrote for the demo.
 */
class RealPagesIngestTest {

    private static final String SUCCESSION = """
            MATCH (p:Person)-[h:HELD]->(:Position {title: $title})
            WITH p, min(h.date) AS since
            RETURN p.name + ' ' + toString(since.year) AS holder ORDER BY since, p.name""";

    private static List<String> succession(GraphStore store, String title) {
        try (var session = store.driver().session(store.sessionConfig())) {
            return session.run(SUCCESSION, Map.of("title", title)).list(r -> r.get("holder").asString());
        }
    }

    /**
     * The month of each page's issue, as ../shared/corpus/README.md lists it: what a caller passes
     * as {@code ingest --date}, since the pages write 本报6月6日讯 without a year.
     */
    private static final Map<String, LocalDate> ISSUES = Map.of(
            "000_66571b90acc2714c.txt", LocalDate.of(2024, 6, 1),
            "001_cd10894def32b671.txt", LocalDate.of(2023, 7, 1),
            "002_e344f00466a805b2.txt", LocalDate.of(2024, 5, 1),
            "003_4db3b518b53717fe.txt", LocalDate.of(2025, 5, 1),
            "004_8ffe76bd2f46a05e.txt", LocalDate.of(2023, 10, 1));

    /** Like running {@code ingest --date <issue> page} once per page; returns new and unchanged counts. */
    private static int[] ingestPages(GraphStore store, Extractor extractor) {
        int[] counts = new int[2];
        for (Path page : SamplePages.files()) {
            LocalDate issue = ISSUES.get(page.getFileName().toString());
            Ingester ingester = new Ingester(new GraphWriter(store.driver(), store.sessionConfig()),
                    extractor::extractFile, issue, "sample pages");
            IngestSummary s = ingester.ingest(List.of(page), new Ingester.Listener() {});
            assertEquals(0, s.articlesFailed() + s.filesFailed(), page + ": " + s.describe());
            counts[0] += s.articlesNew();
            counts[1] += s.articlesUnchanged();
        }
        return counts;
    }

    @Test
    @NeedsShared
    void realPages_ingestTwice_sameCounts_andTheFreeTradeZoneDirectorSuccession() {
        TestNeo4j.clear();
        GraphStore store = TestNeo4j.shared();
        Extractor extractor = new Extractor();
        int[] first = ingestPages(store, extractor);
        assertTrue(first[0] >= 10, "articles: " + first[0]);
        assertEquals(List.of("赵士玉 2023", "高善武 2024"), succession(store, "青岛自贸片区管委主任"));
        // page 003 prints two rests of front-page articles: （上接第一版）
        try (var session = store.driver().session(store.sessionConfig())) {
            assertEquals(2, session.run("MATCH (a:Article {file: '003_4db3b518b53717fe.txt', continuedFromPage: 1}) RETURN count(a) AS n")
                    .single().get("n").asInt());
        }

        GraphStats stats = GraphStats.read(store.driver(), store.sessionConfig());
        int[] second = ingestPages(store, extractor);
        assertEquals(0, second[0]);
        assertEquals(first[0], second[1]);
        assertEquals(stats, GraphStats.read(store.driver(), store.sessionConfig()));
    }

    @Test
    void demoSamples_throughTheExtractor_showTheirSuccession() {
        TestNeo4j.clear();
        GraphStore store = TestNeo4j.shared();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        Extractor extractor = new Extractor();
        for (Samples.Sample s : Samples.bundled()) {
            for (var article : extractor.extract(s.file(), s.text(), s.publicationDate()).articles()) {
                WriteResult r = writer.write(article, new newsgraph.graph.ArticleMetadata(s.file(), "demo", null, s.publicationDate()));
                assertTrue(r.created(), s.file());
            }
        }
        assertEquals(List.of("韩志远 2023", "陶文博 2024"), succession(store, "东岳自贸片区管委主任"));
    }
}
