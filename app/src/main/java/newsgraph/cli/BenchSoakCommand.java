package newsgraph.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import newsgraph.bench.ServerHeap;
import newsgraph.bench.SoakLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A soak against a running {@code serve} on this machine: minutes of concurrent posting (with the
 * key) and reading, bounded in time and in requests. Prints a line a minute (requests/s, errors,
 * the server's live heap when {@code --pid} is given), then the totals per route and the heap
 * after warm-up. Refuses any address but loopback: it writes to the graph it is pointed at.
 */
@Command(name = "bench-soak", hidden = true, mixinStandardHelpOptions = true,
        description = "Soak a running serve on loopback: concurrent posts and reads for N minutes.")
public final class BenchSoakCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "The API (loopback only; default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--minutes", defaultValue = "10", description = "Duration, 1 to 120 (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--warm-up", defaultValue = "1", description = "Minutes of warm-up before the heap counts (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--writers", defaultValue = "2", description = "Threads posting articles (default: ${DEFAULT-VALUE}).")
    int writers;

    @Option(names = "--readers", defaultValue = "4", description = "Threads reading (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--max-requests", defaultValue = "2000000", description = "Stop after this many requests (default: ${DEFAULT-VALUE}).")
    long maxRequests;

    @Option(names = "--pid", description = "The server's process id, for its live heap (jcmd; same user).")
    Long pid;

    @Override
    public Integer call() throws Exception {
        checkArguments();
        String key = System.getenv("NEWSGRAPH_API_KEY");
        if (key == null || key.isBlank()) {
            throw new ParameterException(spec.commandLine(), "set NEWSGRAPH_API_KEY to the server's key: the soak posts articles");
        }
        SoakLoad load = new SoakLoad(url, key, maxRequests);
        Thread runner = Thread.ofPlatform().name("soak").start(() -> {
            try {
                load.run(writers, readers, Duration.ofMinutes(minutes));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.printf("soak of %s: %d min, %d writers, %d readers, at most %d requests%n", url, minutes, writers,
                readers, maxRequests);
        System.out.println("| minute | requests | requests/s | errors | live heap MB |");
        System.out.println("|---|---|---|---|---|");
        List<Long> heapAfterWarmUp = new ArrayList<>();
        long t0 = System.nanoTime();
        long lastSent = 0;
        for (int minute = 1; runner.isAlive(); minute++) {
            long wake = t0 + Duration.ofMinutes(minute).toNanos();
            while (runner.isAlive() && System.nanoTime() < wake) {
                runner.join(Duration.ofMillis(Math.max(1, (wake - System.nanoTime()) / 1_000_000)));
            }
            long sent = load.sent();
            double seconds = Math.max(1e-9, Math.min(60, (System.nanoTime() - (wake - Duration.ofMinutes(1).toNanos())) / 1e9));
            OptionalLong heap = pid == null ? OptionalLong.empty() : ServerHeap.liveBytes(pid);
            if (heap.isPresent() && minute > warmUp) {
                heapAfterWarmUp.add(heap.getAsLong());
            }
            System.out.printf("| %d | %d | %.0f | %d | %s |%n", minute, sent, (sent - lastSent) / seconds, load.errors(),
                    heap.isPresent() ? String.format("%.1f", heap.getAsLong() / 1048576.0) : "-");
            lastSent = sent;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%n| route | requests | errors | p50 ms | p99 ms |%n|---|---|---|---|---|%n");
        load.routes().forEach((route, s) -> System.out.printf("| %s | %d | %d | %.1f | %.1f |%n", route, s.requests(),
                s.errors(), s.percentileMs(0.50), s.percentileMs(0.99)));
        System.out.printf("%ntotal: %d requests in %.0f s (%.0f requests/s), %d errors%n", load.sent(), elapsed,
                load.sent() / elapsed, load.errors());
        if (!heapAfterWarmUp.isEmpty()) {
            long min = heapAfterWarmUp.stream().mapToLong(Long::longValue).min().orElseThrow();
            long max = heapAfterWarmUp.stream().mapToLong(Long::longValue).max().orElseThrow();
            System.out.printf("server live heap after warm-up: first %.1f MB, last %.1f MB, min %.1f MB, max %.1f MB%n",
                    heapAfterWarmUp.getFirst() / 1048576.0, heapAfterWarmUp.getLast() / 1048576.0, min / 1048576.0,
                    max / 1048576.0);
        }
        load.routes().forEach((route, s) -> s.firstErrors().forEach(e -> System.out.println("error " + route + ": " + e)));
        System.out.printf("Java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        return load.errors() == 0 ? 0 : 1;
    }

    private void checkArguments() {
        if (minutes < 1 || minutes > 120) {
            throw new ParameterException(spec.commandLine(), "--minutes must be 1 to 120");
        }
        if (writers < 0 || readers < 0 || writers + readers < 1 || writers + readers > 64) {
            throw new ParameterException(spec.commandLine(), "--writers plus --readers must be 1 to 64");
        }
        if (maxRequests < 1) {
            throw new ParameterException(spec.commandLine(), "--max-requests must be positive");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--url is not a URL: " + url);
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null || !loopback(uri.getHost())) {
            throw new ParameterException(spec.commandLine(), "--url must be http:// on this machine (127.0.0.1, localhost,"
                    + " [::1]): the soak writes to the graph it is pointed at");
        }
    }

    private static boolean loopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host.replace("[", "").replace("]", ""))) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
