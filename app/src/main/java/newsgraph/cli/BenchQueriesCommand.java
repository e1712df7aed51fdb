package newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsgraph.bench.CorpusGenerator;
import newsgraph.bench.QueryWorkload;
import newsgraph.bench.WrkRun;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.text.InputFiles;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.PersonDecisions;
import newsgraph.ingest.ArticleExtractor;
import newsgraph.ingest.BulkLoader;
import newsgraph.neo4j.EmbeddedSettings;
import newsgraph.neo4j.GraphStore;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryProfile;
import newsgraph.query.SavedQuery;
import newsgraph.util.Directories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Saved-query latency under concurrent load: a generated corpus (fictional, {@link CorpusGenerator})
 * in an embedded store, the API served on loopback, and wrk POSTing each query with parameters
 * drawn from the graph. Prints p50/p90/p99 and requests/s per query as a Markdown table.
 */
@Command(name = "bench-queries", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark saved-query latency under load with wrk on a generated corpus.")
public final class BenchQueriesCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Generated articles in the store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "bench-out/queries-store",
            description = "Store to use; articles already in it are kept (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--seconds", defaultValue = "10", description = "Load per query, seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--connections", defaultValue = "8", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--threads", defaultValue = "2", description = "wrk threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warm-up-runs", defaultValue = "5", description = "At most this many warm-up runs of 2 s per load, at the"
            + " measured concurrency, until the JIT has settled (default: ${DEFAULT-VALUE}; 1: one run).")
    int warmUpRuns;

    @Option(names = "--baseline-seconds", defaultValue = "3", description = "The baseline measured again for this long right"
            + " before each load, whose ratios are taken against it (default: ${DEFAULT-VALUE}; 0: against the run's first"
            + " baseline only).")
    int baselineSeconds;

    @Option(names = "--no-wrk", description = "Only the PROFILE table (db hits and rows per query), no load runs.")
    boolean noWrk;

    @Option(names = "--only", paramLabel = "LABEL", split = ",",
            description = "Only the loads whose label starts with one of these (comma-separated).")
    List<String> only;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (!noWrk) {
            WrkRun.requireWrk();
        }
        if (articles > 0 && isEmpty(data)) {
            bulkLoad();
        }
        // A fixed page cache, not --page-cache's auto: every session's figures were measured at 256 MiB, and
        // auto would give each store size (and each machine) its own, which the tables could not be compared by.
        var settings = new EmbeddedSettings(data, "127.0.0.1", freePort(), -1, EmbeddedSettings.DEFAULT_PAGE_CACHE);
        try (GraphStore store = GraphStore.embedded(settings).migrate()) {
            fill(store);
            List<QueryWorkload.Load> loads = QueryWorkload.of(store).stream().filter(l -> only == null || only.stream().anyMatch(l.label()::startsWith)).toList();
            profile(store, loads);
            if (!noWrk) {
                try (var server = ServeCommand.Server.start(store, "127.0.0.1", freePort())) {
                    System.out.printf("%n| query | p50 ms | p90 ms | p99 ms | requests/s | requests | errors | p50 / baseline"
                            + " | server CPU µs / request | CPU / baseline's | warm-up s | JIT CPU ms in run | baseline beside it: p50 ms, CPU µs |"
                            + "%n|---|---|---|---|---|---|---|---|---|---|---|---|---|%n");
                    // Baseline in the same run: the API describing a query, which never touches Neo4j.
                    String describe = server.apiUrl() + "/api/queries/search";
                    int warm = warmUp(describe, List.of());
                    long jit = jitCpuMillis();
                    Measured base = measure(describe, List.of(), Duration.ofSeconds(seconds));
                    row("baseline: GET /api/queries/search (no database)", base, base, warm, jitCpuMillis() - jit);
                    for (QueryWorkload.Load load : loads) {
                        String url = server.apiUrl() + "/api/queries/" + load.query();
                        List<String> bodies = bodies(load.params());
                        // The baseline again right before the load: this machine's speed drifted by a fifth to a half
                        // within one eight-minute run (BENCHMARKS.md, "After every session-13 merge"), which a baseline
                        // measured only at the start counts as the queries' cost.
                        Measured beside = baselineSeconds > 0 ? measure(describe, List.of(), Duration.ofSeconds(baselineSeconds)) : base;
                        warm = warmUp(url, bodies);
                        jit = jitCpuMillis();
                        row(load.label(), measure(url, bodies, Duration.ofSeconds(seconds)), beside, warm, jitCpuMillis() - jit);
                    }
                }
            }
        }
        System.out.printf("%n%d articles, %d s per query, %d connections, %d wrk threads, Java %s, %d cores, page cache %d MiB%n",
                articles, seconds, connections, threads, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                EmbeddedSettings.DEFAULT_PAGE_CACHE >> 20);
        return 0;
    }

    /**
     * PROFILE of each load over all its parameter sets (after one warm-up run, so planning is not
     * counted): the median and the largest db hits, and the largest number of rows.
     */
    private static void profile(GraphStore store, List<QueryWorkload.Load> loads) {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        System.out.printf("%n| query | db hits p50 | db hits max | rows max | parameter sets |%n|---|---|---|---|---|%n");
        for (QueryWorkload.Load load : loads) {
            SavedQuery q = catalogue.get(load.query()).orElseThrow();
            QueryProfile.profile(store.driver(), store.sessionConfig(), q, load.params().getFirst());
            List<Long> hits = new ArrayList<>();
            long rows = 0;
            for (var p : load.params()) {
                var cost = QueryProfile.profile(store.driver(), store.sessionConfig(), q, p);
                hits.add(cost.dbHits());
                rows = Math.max(rows, cost.rows());
            }
            hits.sort(null);
            System.out.printf("| %s | %,d | %,d | %,d | %d |%n", load.label(), hits.get(hits.size() / 2), hits.getLast(), rows,
                    hits.size());
        }
    }

    /**
     * One load's figures, its ratios against {@code base} (the baseline measured right before it, or the run's
     * first). The server's CPU time per request (this process is the server; wrk runs in its
     * own) is a cost that a busy machine inflates much less than it inflates latency; divided by the
     * baseline's, it gives the "10× the baseline" on CPU, which does not move with the baseline's
     * run-to-run latency (its p50 was 0.19 ms in one quiet run and 0.24 ms in another, moving the bar by a quarter).
     */
    private static void row(String name, Measured m, Measured base, int warmUpSeconds, long jitMillis) {
        WrkRun.Result r = m.result();
        // Which errors (a non-2xx answer, a socket timeout...), so that one in thousands can be told apart.
        System.out.printf("| %s | %.2f | %.2f | %.2f | %.0f | %d | %s | %.1f | %.0f | %.1f | %d | %d | %.2f, %.0f |%n", name, r.p50Ms(),
                r.p90Ms(), r.p99Ms(), r.requestsPerSecond(), r.requests(),
                r.errors() == 0 ? "0" : r.errors() + " (" + r.errorKinds() + ")", r.p50Ms() / base.result().p50Ms(),
                m.cpuMicros(), m.cpuMicros() / Math.max(1e-9, base.cpuMicros()), warmUpSeconds, jitMillis,
                base.result().p50Ms(), base.cpuMicros());
    }

    /** One wrk run and the server's CPU per request in it. */
    private record Measured(WrkRun.Result result, double cpuMicros) {}

    private Measured measure(String url, List<String> bodies, Duration length) throws Exception {
        long cpu = processCpuNanos();
        WrkRun.Result r = WrkRun.run(url, bodies, threads, connections, length);
        return new Measured(r, cpuPerRequestMicros(processCpuNanos() - cpu, r));
    }

    private static final Duration WARM_UP_RUN = Duration.ofSeconds(2);

    /**
     * Runs a load at the measured concurrency until the JIT has settled: until a run of two seconds
     * costs at most 20 ms of the compiler threads' CPU (1% of it; at most {@code --warm-up-runs} runs);
     * returns the seconds it took. The JIT compiles a load's code paths during its first seconds, and
     * on two cores that CPU counted in the load's figures: person-events cost ~350 µs of C2 per
     * request in a first 8 s run, 10–25 µs in the next ones (BENCHMARKS.md, session 10, fixed11).
     * Where the compiler threads' CPU cannot be read (no /proc), one run.
     */
    private int warmUp(String url, List<String> bodies) throws Exception {
        for (int run = 1; ; run++) {
            long jit = jitCpuMillis();
            WrkRun.run(url, bodies, threads, connections, WARM_UP_RUN);
            if (run >= warmUpRuns || jit < 0 || jitCpuMillis() - jit <= WARM_UP_RUN.toMillis() / 100) {
                return run * (int) WARM_UP_RUN.toSeconds();
            }
        }
    }

    /**
     * CPU time of this JVM's JIT compiler threads so far, ms, from /proc (they are not Java threads,
     * so ThreadMXBean does not list them); -1 where there is no /proc.
     */
    static long jitCpuMillis() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long ticks = 0;
        try (var list = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) list::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** The server's CPU time per request of a run, µs. */
    private static double cpuPerRequestMicros(long cpuNanos, WrkRun.Result r) {
        return cpuNanos / 1e3 / Math.max(1, r.requests());
    }

    /** CPU time of this whole process so far (every thread, the JVM's own included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * A new store is filled by {@code bulk-load} of the generated corpus (minutes for 100k articles,
     * where writing them one by one takes hours); the ids and graph are those ingest would write.
     */
    private void bulkLoad() throws Exception {
        Path root = Files.createTempDirectory("newsgraph-bench-queries-");
        try {
            Path corpus = Files.createDirectories(root.resolve("corpus"));
            BenchBulkLoadCommand.writeCorpus(corpus, 42, articles);
            var files = InputFiles.expand(List.of(corpus), InputFiles.Selection.ALL_FILES);
            var loader = new BulkLoader(ArticleExtractor.NONE, RegionInference.shipped(), PersonDecisions.NONE, null, null, null);
            int port = freePort();
            var summary = loader.load(files, data, Files.createDirectories(root.resolve("csv")), 0, "1G",
                    dir -> GraphStore.embedded(new EmbeddedSettings(dir, "127.0.0.1", port, -1,
                            EmbeddedSettings.DEFAULT_PAGE_CACHE)), System.out);
            System.out.println(summary.describe());
        } finally {
            Directories.delete(root);
        }
    }

    /** Writes generated articles until the store has {@code articles} of them. */
    private void fill(GraphStore store) {
        long have;
        try (var session = store.driver().session(store.sessionConfig())) {
            have = session.run("MATCH (l:__IngestedArticle) RETURN count(l) AS n").single().get("n").asLong();
        }
        if (have >= articles) {
            System.out.printf("store has %d articles%n", have);
            return;
        }
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        CorpusGenerator generator = new CorpusGenerator(42);
        long start = System.nanoTime();
        for (int i = (int) have; i < articles; i++) {
            writer.write(generator.article(i), ArticleMetadata.ofFile("generated-" + i + ".txt"));
            if ((i + 1) % 1000 == 0) {
                System.out.printf("generated %d articles (%.0f articles/s)%n", i + 1,
                        (i + 1 - have) / ((System.nanoTime() - start) / 1e9));
            }
        }
    }

    private static List<String> bodies(List<Map<String, Object>> params) throws Exception {
        List<String> out = new ArrayList<>();
        for (var p : params) {
            out.add(JSON.writeValueAsString(p));
        }
        return out;
    }

    private static int freePort() throws Exception {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
