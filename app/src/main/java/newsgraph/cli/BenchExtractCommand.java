package newsgraph.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsgraph.extract.Extractor;
import newsgraph.extract.pipeline.StageTimes;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench-extract [FILE|DIR…]}: extraction throughput in characters per second, on one
 * thread and on all cores (one shared {@link Extractor}), against HanLP's bare Viterbi segmenter
 * (no name recognition) on the same text in the same run, then the share of each pipeline stage.
 * Both are warmed up the same way, until the JIT has settled for both, and the JIT's CPU during the
 * measured one-thread runs is printed. Default text: ../shared/corpus.
 */
@Command(name = "bench-extract", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark extraction against HanLP's bare segmenter.")
public final class BenchExtractCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE|DIR")
    List<Path> inputs = new ArrayList<>(List.of(Path.of("../shared/corpus")));

    @Option(names = "--chars", description = "Characters to process per measurement (default ${DEFAULT-VALUE}).")
    int chars = 1_000_000;

    @Option(names = "--repeat", description = "Alternating repetitions of each measurement (default ${DEFAULT-VALUE}).")
    int repeat = 5;

    @Option(names = "--warm-up-passes", description = "At most this many one-thread warm-up passes of each (a measurement's"
            + " text), until the JIT has settled for both (default: ${DEFAULT-VALUE}; 1: one pass).")
    int warmUpPasses = 30;

    @Override
    public Integer call() throws Exception {
        List<String> docs = new ArrayList<>();
        for (Path f : ExtractCommand.files(inputs)) {
            docs.add(Files.readString(f));
        }
        if (docs.isEmpty()) {
            System.err.println("bench-extract: no input text");
            return 2;
        }
        long size = docs.stream().mapToLong(String::length).sum();
        int rounds = (int) Math.max(1, chars / size);
        Extractor extractor = new Extractor();
        Segmenter bare = HanLpSegmenter.bareViterbi();
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "text: %d documents, %d chars, %d rounds (%d chars per measurement); %d cores; Java %s%n",
                docs.size(), size, rounds, size * rounds, threads, Runtime.version());
        Job extract = d -> extractor.extract("bench", d, null);
        Job segment = d -> segmentLines(bare, d);
        int passes = warmUp(docs, rounds, extract, segment);
        System.out.printf(Locale.ROOT, "warm-up: %d one-thread passes of each%s%n", passes,
                passes >= warmUpPasses && warmUpPasses > 1 ? " (the cap: the JIT had not settled)" : "");
        // baseline and extractor alternate, so that a burst of other work on the machine hits both;
        // each figure is the median of its repetitions, the ratio the median of the paired ratios
        double[][] one = new double[3][repeat];
        double[][] all = new double[3][repeat];
        long[][] jit = new long[2][repeat];
        long gc = gcMillis();
        for (int r = 0; r < repeat; r++) {
            long j = BenchQueriesCommand.jitCpuMillis();
            one[0][r] = run(docs, rounds, 1, segment);
            jit[0][r] = BenchQueriesCommand.jitCpuMillis() - j;
            j = BenchQueriesCommand.jitCpuMillis();
            one[1][r] = run(docs, rounds, 1, extract);
            jit[1][r] = BenchQueriesCommand.jitCpuMillis() - j;
            one[2][r] = one[1][r] / one[0][r];
            all[0][r] = run(docs, rounds, threads, segment);
            all[1][r] = run(docs, rounds, threads, extract);
            all[2][r] = all[1][r] / all[0][r];
        }
        gc = gcMillis() - gc;
        System.out.printf(Locale.ROOT, "medians of %d alternating repetitions%n", repeat);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s%n", "", "1 thread CPU", threads + " threads wall");
        System.out.printf(Locale.ROOT, "%-34s %12.0f %12.0f  chars/s%n", "HanLP bare ViterbiSegment", median(one[0]), median(all[0]));
        System.out.printf(Locale.ROOT, "%-34s %12.0f %12.0f  chars/s%n", "newsgraph extract (whole pipeline)", median(one[1]), median(all[1]));
        System.out.printf(Locale.ROOT, "%-34s %12.2f %12.2f   (range %.2f–%.2f, %.2f–%.2f)%n", "extract / bare segmenter",
                median(one[2]), median(all[2]), min(one[2]), max(one[2]), min(all[2]), max(all[2]));
        // the JIT's compiler threads run beside the measured thread: CPU of theirs in a one-thread run means
        // the code measured was still partly interpreted or in C1's profiled form
        System.out.printf(Locale.ROOT, "JIT compiler CPU ms in the 1-thread runs: bare %s, extract %s; GC %d ms in all runs%n",
                Arrays.toString(jit[0]), Arrays.toString(jit[1]), gc);
        double segOne = median(one[0]);
        // where the time goes: one more single-thread pass with each stage timed
        StageTimes times = new StageTimes();
        run(docs, rounds, 1, d -> extractor.extract("bench", d, null, times));
        System.out.printf(Locale.ROOT, "%nstage (1 thread)   share   ns/char%n");
        long chars = size * rounds;
        for (Map.Entry<String, Long> e : times.snapshot().entrySet()) {
            System.out.printf(Locale.ROOT, "%-16s %6.1f%% %9.1f%n", e.getKey(), 100.0 * e.getValue() / times.total(),
                    (double) e.getValue() / chars);
        }
        System.out.printf(Locale.ROOT, "%-16s %6.1f%% %9.1f%n", "total", 100.0, (double) times.total() / chars);
        System.out.printf(Locale.ROOT, "%-16s %7s %9.1f%n", "bare segmenter", "", 1e9 / segOne);
        return 0;
    }

    /**
     * One-thread passes of the extractor and of the bare segmenter, alternating, until a pass of each
     * costs at most 20 ms of the JIT compiler threads' CPU (at most {@code --warm-up-passes}); returns
     * the passes of each. The extractor's code is large: on the sample pages C1 and C2 were still
     * compiling 0.5–1.3 s per measured pass after the old warm-up (a quarter pass of each), and settled
     * after 10–15 passes (BENCHMARKS.md, session 11, speed12). Where the compiler threads' CPU cannot be
     * read (no /proc), one pass of each.
     */
    private int warmUp(List<String> docs, int rounds, Job extract, Job segment) throws Exception {
        for (int pass = 1; ; pass++) {
            long j0 = BenchQueriesCommand.jitCpuMillis();
            run(docs, rounds, 1, extract);
            long j1 = BenchQueriesCommand.jitCpuMillis();
            run(docs, rounds, 1, segment);
            long j2 = BenchQueriesCommand.jitCpuMillis();
            if (pass >= warmUpPasses || j0 < 0 || (j1 - j0 <= SETTLED_JIT_MS && j2 - j1 <= SETTLED_JIT_MS)) {
                return pass;
            }
        }
    }

    /** JIT compiler CPU per warm-up pass under which the code is taken as compiled (two ticks of /proc). */
    private static final long SETTLED_JIT_MS = 20;

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] xs) {
        return java.util.Arrays.stream(xs).min().orElse(0);
    }

    private static double max(double[] xs) {
        return java.util.Arrays.stream(xs).max().orElse(0);
    }

    private static void segmentLines(Segmenter s, String doc) {
        for (String line : doc.split("\n")) {
            s.segment(line);
        }
    }

    private interface Job {
        void run(String doc) throws Exception;
    }

    /**
     * Characters per second processing {@code rounds} copies of the documents on {@code threads}
     * threads: per second of CPU time on one thread, of wall-clock time on several.
     */
    private static double run(List<String> docs, int rounds, int threads, Job job) throws Exception {
        List<String> work = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            work.addAll(docs);
        }
        long chars = work.stream().mapToLong(String::length).sum();
        if (threads == 1) {
            // one thread: its CPU time, which other processes on the machine disturb far less than the clock
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            for (String d : work) {
                job.run(d);
            }
            return chars / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        long t0 = System.nanoTime();
        {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (String d : work) {
                    fs.add(pool.submit(() -> {
                        job.run(d);
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        return chars / ((System.nanoTime() - t0) / 1e9);
    }
}
