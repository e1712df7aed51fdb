package newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One load run of wrk (Debian package {@code wrk}) POSTing JSON bodies in turn to one URL (or GETting
 * it, given no bodies), with its
 * latency percentiles and throughput read from wrk's {@code --latency} report.
 */
public final class WrkRun {

    /**
     * What wrk measured; latencies in milliseconds. {@code errorKinds} says which errors, as wrk counts
     * them ("non-2xx 1", "timeout 2": a request past wrk's 2 s timeout), empty when there were none.
     */
    public record Result(double p50Ms, double p90Ms, double p99Ms, double requestsPerSecond, long requests, long errors,
                         String errorKinds) {}

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|90|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private WrkRun() {}

    public static void requireWrk() {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk");
        }
    }

    public static Result run(String url, List<String> bodies, int threads, int connections, Duration duration)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("newsgraph-wrk", ".lua");
        try {
            Files.writeString(script, lua(bodies), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                    "--latency", "-s", script.toString(), url).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("wrk failed:\n" + out);
            }
            return parse(out);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static Result parse(String out) {
        double p50 = 0;
        double p90 = 0;
        double p99 = 0;
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double v = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000.0;
                default -> 1.0;
            };
            switch (m.group(1)) {
                case "50" -> p50 = v;
                case "90" -> p90 = v;
                default -> p99 = v;
            }
        }
        Matcher rps = RPS.matcher(out);
        Matcher total = TOTAL.matcher(out);
        if (!rps.find() || !total.find()) {
            throw new IllegalStateException("cannot read wrk's report:\n" + out);
        }
        long errors = 0;
        List<String> kinds = new java.util.ArrayList<>();
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
            kinds.add("non-2xx " + non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            String[] names = {"connect", "read", "write", "timeout"};
            for (int g = 1; g <= 4; g++) {
                long n = Long.parseLong(socket.group(g));
                errors += n;
                if (n > 0) {
                    kinds.add(names[g - 1] + " " + n);
                }
            }
        }
        return new Result(p50, p90, p99, Double.parseDouble(rps.group(1)), Long.parseLong(total.group(1)), errors,
                String.join(", ", kinds));
    }

    /** A wrk script that POSTs the bodies in turn (each wrk thread cycles on its own); none: GET. */
    private static String lua(List<String> bodies) {
        if (bodies.isEmpty()) {
            return "request = function()\n  return wrk.format(\"GET\")\nend\n";
        }
        String list = bodies.stream().map(WrkRun::luaString).collect(Collectors.joining(",\n  "));
        return "local bodies = {\n  " + list + "\n}\nlocal i = 0\n"
                + "request = function()\n  i = i % #bodies + 1\n"
                + "  return wrk.format(\"POST\", nil, {[\"Content-Type\"] = \"application/json\"}, bodies[i])\nend\n";
    }

    private static String luaString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
