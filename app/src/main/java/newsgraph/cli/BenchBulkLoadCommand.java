package newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.bench.CorpusGenerator;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.text.InputFiles;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.ImportGraph;
import newsgraph.graph.PersonDecisions;
import newsgraph.ingest.ArticleExtractor;
import newsgraph.ingest.BulkLoader;
import newsgraph.ingest.IngestSummary;
import newsgraph.ingest.Ingester;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Extraction;
import newsgraph.neo4j.EmbeddedSettings;
import newsgraph.neo4j.GraphStore;
import newsgraph.util.Directories;
import newsgraph.util.DiskUsage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures bulk-load on a generated corpus ({@link CorpusGenerator}: our own templates, fictional
 * names) written as extraction-v1 JSON, 1,000 articles a file, into a fresh store in a temporary
 * directory; then, for comparison, {@code ingest} of the first {@code --ingest} articles of the same
 * files into another fresh store. Prints the time of each step, nodes/s, and the store's size on disk.
 */
@Command(name = "bench-bulk-load", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark: bulk-load a generated corpus, next to ingest of (a sample of) the same files.")
public final class BenchBulkLoadCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "100000", description = "Articles to generate and bulk-load (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--ingest", defaultValue = "5000", description = "Of those, how many to ingest for comparison (0: none; default: ${DEFAULT-VALUE}).")
    int ingest;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--import-threads", defaultValue = "0", description = "Importer threads (default: all cores).")
    int threads;

    @Option(names = "--import-memory", defaultValue = "1G", description = "Importer off-heap memory (default: ${DEFAULT-VALUE}).")
    String offHeap;

    @Option(names = "--bolt-port", defaultValue = "7699", description = "Bolt port of the embedded stores (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Override
    public Integer call() throws IOException {
        Path root = Files.createTempDirectory("newsgraph-bench-bulk-");
        try {
            System.out.printf("machine: %d cores, max heap %d MiB, Java %s, load average %.1f%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Runtime.version(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Path corpus = Files.createDirectories(root.resolve("corpus"));
            long t0 = System.nanoTime();
            writeCorpus(corpus, seed, articles);
            System.out.printf("corpus: %,d articles in %,d extraction-v1 files, %,d MiB, generated in %.1f s%n", articles,
                    (articles + 999) / 1000, DiskUsage.bytes(corpus) >> 20, (System.nanoTime() - t0) / 1e9);
            List<InputFiles.Input> files = InputFiles.expand(List.of(corpus), InputFiles.Selection.ALL_FILES);

            Path store = root.resolve("bulk");
            BulkLoader loader = new BulkLoader(ArticleExtractor.NONE, RegionInference.shipped(), PersonDecisions.NONE,
                    null, null, null);
            BulkLoader.Summary s = loader.load(files, store, Files.createDirectories(root.resolve("csv")), threads, offHeap,
                    dir -> GraphStore.embedded(settings(dir)), System.out);
            System.out.println(s.describe());
            System.out.println("graph: " + s.stats().nodes() + " " + s.stats().relationships());
            long csvBytes = DiskUsage.bytes(root.resolve("csv"));
            long dbBytes = DiskUsage.bytes(store.resolve("data/databases"));
            long txBytes = DiskUsage.bytes(store.resolve("data/transactions"));
            System.out.printf("importer CSV: %,d MiB; store: %,d MiB (%,.0f bytes/article), transaction logs %,d MiB%n",
                    csvBytes >> 20, dbBytes >> 20, (double) dbBytes / Math.max(1, s.articles()), txBytes >> 20);

            long held = planHeap(root.resolve("plan"), files);
            System.out.printf("plan memory: %,.1f MiB of heap held with all %,d articles planned (%,.0f bytes/article)%n",
                    held / 1048576.0, articles, (double) held / Math.max(1, articles));

            if (ingest > 0) {
                List<InputFiles.Input> sample = new ArrayList<>(files.subList(0, Math.min(files.size(), (ingest + 999) / 1000)));
                Path ingested = root.resolve("ingest");
                try (GraphStore g = GraphStore.embedded(settings(ingested)).migrate()) {
                    Ingester ingester = new Ingester(new GraphWriter(g.driver(), g.sessionConfig()), ArticleExtractor.NONE, null, null);
                    IngestSummary i = ingester.ingestInputs(sample, new Ingester.Listener() {});
                    double seconds = i.elapsed().toMillis() / 1000.0;
                    System.out.printf("ingest of the first %,d files: %,d articles, %,d nodes, %,d relationships in %.1f s:"
                                    + " %,.1f articles/s, %,.0f nodes/s%n", sample.size(), i.articlesNew(), i.nodesCreated(),
                            i.relationshipsCreated(), seconds, i.articlesNew() / seconds, i.nodesCreated() / seconds);
                }
                System.out.printf("ingest store: %,d MiB for %,d articles%n", DiskUsage.bytes(ingested.resolve("data/databases")) >> 20,
                        Math.min(ingest, articles));
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used at end: %d MiB of %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        } finally {
            Directories.delete(root);
        }
        return 0;
    }

    /**
     * The heap the bulk load's plan holds once every article is added (the nodes later articles can change,
     * the ids of the articles seen; docs/scale.md, "Memory"): the corpus's files read by ingest's and
     * bulk-load's own reader and planned again as {@link BulkLoader} plans them, into a scratch directory,
     * the used heap read after a full collection before the first article and after the last, before the
     * nodes are written out.
     */
    static long planHeap(Path dir, List<InputFiles.Input> files) throws IOException {
        Files.createDirectories(dir);
        long before = usedAfterGc();
        try (ImportGraph graph = new ImportGraph(dir, RegionInference.shipped(), PersonDecisions.NONE)) {
            for (InputFiles.Input input : files) {
                for (DocumentExtraction document : Ingester.documents(input.path(), ArticleExtractor.NONE, null)) {
                    for (var article : document.articles()) {
                        graph.add(article, new ArticleMetadata(document.file(), null, null, null, null));
                    }
                }
            }
            long held = usedAfterGc() - before;
            graph.finish();
            return held;
        }
    }

    private static long usedAfterGc() {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** A generated corpus (fictional, {@link CorpusGenerator}) as extraction-v1 files of 1,000 articles each. */
    static void writeCorpus(Path dir, long seed, int articles) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(seed);
        for (int from = 0; from < articles; from += 1000) {
            int count = Math.min(1000, articles - from);
            ExtractCommand.mapper().writeValue(dir.resolve(String.format("corpus-%07d.json", from)).toFile(),
                    Extraction.of(List.of(new DocumentExtraction(String.format("bench-%07d.txt", from),
                            generator.generate(from, count), null))));
        }
    }

    /** A fixed page cache (256 MiB), as in every earlier session's figures: auto would vary with the store. */
    private EmbeddedSettings settings(Path dir) {
        return new EmbeddedSettings(dir, "127.0.0.1", boltPort, -1, EmbeddedSettings.DEFAULT_PAGE_CACHE);
    }
}
