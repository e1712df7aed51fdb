package newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import newsgraph.bench.CorpusGenerator;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphStats;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.model.ArticleExtraction;
import newsgraph.neo4j.EmbeddedSettings;
import newsgraph.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures ingest on a generated corpus (our own templates and fictional names, see
 * {@link CorpusGenerator}) into a fresh embedded store, next to the bare write rate of the same
 * store and driver in the same run: UNWIND 1,000 rows per transaction, MERGE on a unique key.
 */
@Command(name = "bench-ingest", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark: ingest a generated corpus and compare with the bare UNWIND/MERGE write rate.")
public final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--articles", defaultValue = "10000", description = "Articles to generate and ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--bare-nodes", defaultValue = "50000", description = "Nodes for the bare UNWIND baseline (default: ${DEFAULT-VALUE}).")
    int bareNodes;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep", description = "Keep the store in --data instead of a fresh temporary directory.")
    boolean keep;

    @Override
    public Integer call() throws IOException {
        Path dir = keep ? null : Files.createTempDirectory("newsgraph-bench-");
        GraphStore store = dir == null || graph.isExternal() ? graph.open(false)
                : GraphStore.embedded(new EmbeddedSettings(dir, "127.0.0.1", graph.boltPort, -1, EmbeddedSettings.DEFAULT_PAGE_CACHE));
        try (store) {
            store.migrate();
            System.out.printf("machine: %d cores, max heap %d MiB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
            double bare = bareRate(store);
            System.out.printf("bare UNWIND 1,000 rows/tx MERGE on a unique key: %,d nodes in %.1f s = %,.0f nodes/s%n",
                    bareNodes, bareSeconds, bare);

            GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
            CorpusGenerator generator = new CorpusGenerator(seed);
            long nodes = 0;
            long relationships = 0;
            int created = 0;
            long writeNanos = 0;
            long started = System.nanoTime();
            long lastReport = started;
            for (int from = 0; from < articles; from += 1000) {
                List<ArticleExtraction> batch = generator.generate(from, Math.min(1000, articles - from));
                long t0 = System.nanoTime();
                for (ArticleExtraction a : batch) {
                    WriteResult r = writer.write(a, new ArticleMetadata("bench-" + from + ".txt", "bench", null, null));
                    if (r.created()) {
                        created++;
                        nodes += r.nodesCreated();
                        relationships += r.relationshipsCreated();
                    }
                }
                writeNanos += System.nanoTime() - t0;
                if (System.nanoTime() - lastReport > 10_000_000_000L || from + 1000 >= articles) {
                    lastReport = System.nanoTime();
                    System.out.printf("  %,d articles, %.0f articles/s%n", from + batch.size(), (from + batch.size()) / (writeNanos / 1e9));
                }
            }
            double seconds = writeNanos / 1e9;
            System.out.printf("ingest: %,d articles (%,d new) in %.1f s = %,.1f articles/s; %,d nodes = %,.0f nodes/s; "
                            + "%,d relationships = %,.0f relationships/s (wall %.1f s incl. generation)%n",
                    articles, created, seconds, articles / seconds, nodes, nodes / seconds, relationships,
                    relationships / seconds, (System.nanoTime() - started) / 1e9);

            long t0 = System.nanoTime();
            int again = Math.min(1000, articles);
            for (ArticleExtraction a : generator.generate(0, again)) {
                writer.write(a, new ArticleMetadata("bench.txt", "bench", null, null));
            }
            double skip = (System.nanoTime() - t0) / 1e9;
            System.out.printf("re-ingest (ledger hit, nothing written): %,d articles in %.1f s = %,.0f articles/s%n",
                    again, skip, again / skip);
            GraphStats stats = GraphStats.read(store.driver(), store.sessionConfig());
            System.out.println("graph: " + stats.nodes() + " " + stats.relationships());
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used at end: %d MiB of %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private double bareSeconds;

    /** UNWIND 1,000 rows per transaction, MERGE on a unique key, over the same driver. */
    private double bareRate(GraphStore store) {
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("CREATE CONSTRAINT bench_id IF NOT EXISTS FOR (n:__Bench) REQUIRE n.id IS UNIQUE").consume();
            long t0 = System.nanoTime();
            for (int from = 0; from < bareNodes; from += 1000) {
                List<Map<String, Object>> rows = new ArrayList<>(1000);
                for (int i = from; i < Math.min(bareNodes, from + 1000); i++) {
                    rows.add(Map.of("id", "n" + i, "name", "节点" + i));
                }
                session.executeWriteWithoutResult(tx -> tx.run(
                        "UNWIND $rows AS row MERGE (n:__Bench {id: row.id}) SET n.name = row.name", Map.of("rows", rows)).consume());
            }
            bareSeconds = (System.nanoTime() - t0) / 1e9;
            session.run("MATCH (n:__Bench) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
            session.run("DROP CONSTRAINT bench_id IF EXISTS").consume();
        }
        return bareNodes / bareSeconds;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
