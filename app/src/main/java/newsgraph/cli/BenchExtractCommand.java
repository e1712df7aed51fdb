package newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Default text: ../shared/corpus.
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
        // warm-up
        run(docs, Math.max(1, rounds / 4), 1, d -> extractor.extract("bench", d, null));
        run(docs, Math.max(1, rounds / 4), 1, d -> segmentLines(bare, d));
        // baseline and extractor alternate, so that a burst of other work on the machine hits both;
        // each figure is the median of its repetitions, the ratio the median of the paired ratios
        double[][] one = new double[3][repeat];
        double[][] all = new double[3][repeat];
        for (int r = 0; r < repeat; r++) {
            one[0][r] = run(docs, rounds, 1, d -> segmentLines(bare, d));
            one[1][r] = run(docs, rounds, 1, d -> extractor.extract("bench", d, null));
            one[2][r] = one[1][r] / one[0][r];
            all[0][r] = run(docs, rounds, threads, d -> segmentLines(bare, d));
            all[1][r] = run(docs, rounds, threads, d -> extractor.extract("bench", d, null));
            all[2][r] = all[1][r] / all[0][r];
        }
        System.out.printf(Locale.ROOT, "medians of %d alternating repetitions%n", repeat);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s%n", "", "1 thread CPU", threads + " threads wall");
        System.out.printf(Locale.ROOT, "%-34s %12.0f %12.0f  chars/s%n", "HanLP bare ViterbiSegment", median(one[0]), median(all[0]));
        System.out.printf(Locale.ROOT, "%-34s %12.0f %12.0f  chars/s%n", "newsgraph extract (whole pipeline)", median(one[1]), median(all[1]));
        System.out.printf(Locale.ROOT, "%-34s %12.2f %12.2f   (range %.2f–%.2f, %.2f–%.2f)%n", "extract / bare segmenter",
                median(one[2]), median(all[2]), min(one[2]), max(one[2]), min(all[2]), max(all[2]));
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
