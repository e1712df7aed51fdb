package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsgraph.Main;
import newsgraph.bench.CorpusGenerator;
import newsgraph.graph.GraphStats;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Extraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;

/**
 * Ingest is resumable and idempotent: a run killed midway, then run again, ends with the same
 * graph as one uninterrupted run; a second run over the same files changes nothing.
 */
class IngestResumeTest {

    private static final int FILES = 8;
    private static final int PER_FILE = 50;
    private static Path corpus;
    private static GraphStats clean;

    /** Generated articles as extraction-v1 JSON files, and the counts of one clean ingest of them. */
    @BeforeAll
    static void cleanRun() throws IOException {
        corpus = TestNeo4j.tempDir("newsgraph-corpus-");
        CorpusGenerator generator = new CorpusGenerator(7);
        for (int f = 0; f < FILES; f++) {
            var doc = new DocumentExtraction("gen-" + f + ".txt", generator.generate(f * PER_FILE, PER_FILE), null);
            new ObjectMapper().writeValue(corpus.resolve("gen-" + f + ".json").toFile(), Extraction.of(List.of(doc)));
        }
        TestNeo4j.clear();
        GraphStore store = TestNeo4j.shared();
        IngestSummary summary = ingester(store).ingest(Ingester.expand(List.of(corpus)), new Ingester.Listener() {});
        assertEquals(FILES * PER_FILE, summary.articlesNew());
        clean = GraphStats.read(store.driver(), store.sessionConfig());
    }

    private static Ingester ingester(GraphStore store) {
        return new Ingester(new GraphWriter(store.driver(), store.sessionConfig()), ArticleExtractor.NONE, null, "test");
    }

    @Test
    void secondIngest_ofTheSameFiles_changesNothing() {
        GraphStore store = TestNeo4j.shared();
        IngestSummary again = ingester(store).ingest(Ingester.expand(List.of(corpus)), new Ingester.Listener() {});
        assertEquals(0, again.articlesNew());
        assertEquals(FILES * PER_FILE, again.articlesUnchanged());
        assertEquals(0, again.nodesCreated());
        assertEquals(clean, GraphStats.read(store.driver(), store.sessionConfig()));
    }

    @Test
    void ingest_failingAfterSomeArticles_resumesToTheSameGraph() {
        TestNeo4j.clear();
        GraphStore store = TestNeo4j.shared();
        class Crash extends RuntimeException {}
        assertThrows(Crash.class, () -> ingester(store).ingest(Ingester.expand(List.of(corpus)), new Ingester.Listener() {
            int n;

            @Override
            public void article(WriteResult result) {
                if (++n == 123) {
                    throw new Crash();
                }
            }
        }));
        // The listener hears of an article once its batch committed: the run stopped with that batch in.
        long committed = GraphStats.read(store.driver(), store.sessionConfig()).bookkeeping().get("__IngestedArticle");
        assertTrue(committed >= 123 && committed < FILES * PER_FILE, "stopped midway, at " + committed);
        IngestSummary resumed = ingester(store).ingest(Ingester.expand(List.of(corpus)), new Ingester.Listener() {});
        assertEquals(committed, resumed.articlesUnchanged());
        assertEquals(FILES * PER_FILE - committed, resumed.articlesNew());
        assertEquals(clean, GraphStats.read(store.driver(), store.sessionConfig()));
    }

    /** The real thing: `newsgraph ingest` in another JVM, killed with SIGKILL, then run again. */
    @Test
    void ingestProcess_killedMidway_resumesToTheSameGraph() throws Exception {
        Path data = TestNeo4j.tempDir("newsgraph-killed-");
        int bolt = TestNeo4j.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", corpus.toString(), "--data", data.toString(), "--source", "test",
                "--bolt-port", String.valueOf(bolt)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(File.createTempFile("newsgraph-killed-", ".log")).start();
        long killedAt;
        // Generous: a new store starts Neo4j twice (once with no connector, to set its password), which
        // took 2.5 min on a shared, loaded machine; the bound only keeps a hung start from hanging the build.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(360);
        killedAt = -1;
        while (System.nanoTime() < deadline && process.isAlive()) {
            // The password file appears once the process has set up its new store.
            try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, TestNeo4j.auth(data));
                    var session = driver.session()) {
                long n = session.run("MATCH (l:__IngestedArticle) RETURN count(l) AS n").single().get("n").asLong();
                if (n >= 60) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    killedAt = n;
                    break;
                }
            } catch (RuntimeException notUpYet) {
                Thread.sleep(200);
            }
        }
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // never leave it running when the wait ran out
        }
        assertTrue(killedAt >= 60 && killedAt < FILES * PER_FILE, "killed midway, at " + killedAt + " articles");

        // The same source as the clean run: reporters are people of their outlet (graph-schema/README.md).
        assertEquals(0, Main.commandLine().execute("ingest", corpus.toString(), "--data", data.toString(), "--source", "test",
                "--bolt-port", String.valueOf(TestNeo4j.freePort())));
        try (GraphStore resumed = TestNeo4j.start(data, false)) {
            GraphStats stats = GraphStats.read(resumed.driver(), resumed.sessionConfig());
            assertEquals(clean.nodes(), stats.nodes());
            assertEquals(clean.relationships(), stats.relationships());
            assertEquals((long) FILES * PER_FILE, stats.bookkeeping().get("__IngestedArticle"));
        }
    }
}
