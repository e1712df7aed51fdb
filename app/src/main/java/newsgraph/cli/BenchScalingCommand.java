package newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsgraph.extract.ContinuationLinker;
import newsgraph.extract.Extractor;
import newsgraph.extract.pipeline.StageTimes;
import newsgraph.model.DocumentExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench-scaling [FILE|DIR…]}: extraction time per character as the size of one
 * document grows from 10k to 1M characters, for repetitive text (one short sentence repeated) and for
 * real text (the given files concatenated, default ../shared/stream/articles), as lines and as one
 * single line. Every size reads the same 1M characters (as 100 documents of 10k, …, one of 1M), so
 * linear extraction gives the same time per character at every size; each stage is shown too, so a
 * stage that grows faster than its input stands out. Thread CPU time, median of the rounds; the
 * sizes take turns in every round.
 */
@Command(name = "bench-scaling", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark how extraction time grows with the size of one document.")
public final class BenchScalingCommand implements Callable<Integer> {
    /** A short sentence with an official, a post and a role verb: every repetition is a person mention. */
    static final String SENTENCE = "市长王明出席会议。";

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Real text to concatenate (default: ../shared/stream/articles).")
    List<Path> inputs = new ArrayList<>(List.of(Path.of("../shared/stream/articles")));

    @Option(names = "--sizes", split = ",", description = "Document sizes in characters (default ${DEFAULT-VALUE}).")
    int[] sizes = {10_000, 30_000, 100_000, 300_000, 1_000_000};

    @Option(names = "--rounds", description = "Rounds; each size is measured once per round (default ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--texts", split = ",", description = "Which texts: repeat, real, real-line (default: all).")
    List<String> texts = List.of("repeat", "real", "real-line");

    @Override
    public Integer call() throws Exception {
        int max = Arrays.stream(sizes).max().orElse(0);
        Map<String, String> corpus = new LinkedHashMap<>();
        if (texts.contains("repeat")) {
            corpus.put("repeat", SENTENCE.repeat(max / SENTENCE.length() + 1));
        }
        if (texts.contains("real") || texts.contains("real-line")) {
            String real = concatenate(inputs, max);
            if (real == null) {
                System.err.println("bench-scaling: no real text in " + inputs + " (skipping real texts)");
            } else {
                if (texts.contains("real")) {
                    corpus.put("real", real);
                }
                if (texts.contains("real-line")) {
                    corpus.put("real-line", real.replace("\n", ""));
                }
            }
        }
        Extractor extractor = new Extractor();
        System.out.printf(Locale.ROOT, "bench-scaling: %d cores, Java %s, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // warm-up: every code path, on a mid-size piece of each text
        for (String t : corpus.values()) {
            extractor.extract("warm-up", t.substring(0, Math.min(t.length(), 100_000)), null);
        }
        for (Map.Entry<String, String> e : corpus.entrySet()) {
            System.out.printf(Locale.ROOT, "%ntext %s (ns of thread CPU time per character, median of %d rounds)%n", e.getKey(), rounds);
            // every size reads the same characters — the largest document, cut into pieces of that
            // size — so that only the size of a document changes, not what it says; the sizes take
            // turns, round after round, so that a change in the machine's load hits every size alike
            String whole = e.getValue().substring(0, Math.min(max, e.getValue().length()));
            List<List<String>> pieces = new ArrayList<>();
            List<List<Map<String, Long>>> perSize = new ArrayList<>();
            for (int size : sizes) {
                List<String> ps = new ArrayList<>();
                for (int from = 0; from < whole.length(); from += size) {
                    ps.add(whole.substring(from, Math.min(whole.length(), from + size)));
                }
                pieces.add(ps);
                perSize.add(new ArrayList<>());
            }
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < sizes.length; i++) {
                    StageTimes times = new StageTimes();
                    for (String piece : pieces.get(i)) {
                        measure(extractor, piece, times);
                    }
                    perSize.get(i).add(times.snapshot());
                }
            }
            System.out.printf(Locale.ROOT, "(%d characters in all, read as documents of each size)%n", whole.length());
            List<String> header = new ArrayList<>(perSize.get(0).get(0).keySet());
            System.out.printf(Locale.ROOT, "%10s %9s %7s", "chars", "total", "×first");
            for (String h : header) {
                System.out.printf(Locale.ROOT, " %9s", h);
            }
            System.out.println();
            double first = 0;
            int n = whole.length();
            for (int i = 0; i < sizes.length; i++) {
                List<Map<String, Long>> ms = perSize.get(i);
                double total = median(ms.stream().mapToDouble(m -> m.values().stream().mapToLong(Long::longValue).sum() / (double) n).toArray());
                if (first == 0) {
                    first = total;
                }
                System.out.printf(Locale.ROOT, "%10d %9.1f %7.2f", Math.min(sizes[i], n), total, total / first);
                for (String h : header) {
                    System.out.printf(Locale.ROOT, " %9.1f", median(ms.stream().mapToDouble(m -> m.getOrDefault(h, 0L) / (double) n).toArray()));
                }
                System.out.println();
            }
        }
        return 0;
    }

    /** One extraction of {@code doc} with each stage timed, then the continuation linker ("link"). */
    private static Map<String, Long> measure(Extractor extractor, String doc, StageTimes times) {
        DocumentExtraction d = extractor.extract("bench.txt", doc, null, times);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        new ContinuationLinker().link(List.of(d));
        times.add("link", mx.getCurrentThreadCpuTime() - c0);
        return times.snapshot();
    }

    /** The files' texts, each ending in a line break, up to {@code max} characters; null when none. */
    static String concatenate(List<Path> inputs, int max) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                continue;
            }
            for (Path f : ExtractCommand.files(List.of(p))) {
                sb.append(Files.readString(f)).append('\n');
                if (sb.length() >= max) {
                    return sb.toString();
                }
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
