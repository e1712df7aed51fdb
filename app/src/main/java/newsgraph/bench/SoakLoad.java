package newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Concurrent posting and reading against a running API, bounded in time and in requests: writers
 * post generated fictional articles ({@link CorpusGenerator}), one in ten again (an article already
 * stored: must be 200); readers ask for events, search, people and articles the writers stored,
 * run a saved query, extract a short text and read /health. Every answer outside the expected
 * statuses is an error, counted per route with its first few bodies.
 */
public final class SoakLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one route saw. */
    public static final class RouteStats {
        final LongAdder requests = new LongAdder();
        final LongAdder errors = new LongAdder();
        final List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> firstErrors = new CopyOnWriteArrayList<>();

        public long requests() {
            return requests.sum();
        }

        public long errors() {
            return errors.sum();
        }

        /** Latency percentile in milliseconds. */
        public double percentileMs(double p) {
            List<Long> sorted;
            synchronized (micros) {
                sorted = new ArrayList<>(micros);
            }
            if (sorted.isEmpty()) {
                return 0;
            }
            sorted.sort(null);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1000.0;
        }

        public List<String> firstErrors() {
            return firstErrors;
        }
    }

    private final String base;
    private final String apiKey;
    private final long maxRequests;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final CorpusGenerator corpus = new CorpusGenerator(20261129L);
    private final AtomicInteger nextArticle = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final Map<String, RouteStats> routes = new ConcurrentHashMap<>();
    /** Article ids and people the server reported storing, for the readers. */
    private final List<String> articleIds = new CopyOnWriteArrayList<>();
    private final List<String> people = new CopyOnWriteArrayList<>();
    private volatile long stopAt;

    public SoakLoad(String base, String apiKey, long maxRequests) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.apiKey = apiKey;
        this.maxRequests = maxRequests;
    }

    /** Runs {@code writers} posting and {@code readers} reading until {@code duration} or the request bound. */
    public void run(int writers, int readers, Duration duration) throws InterruptedException {
        stopAt = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            threads.add(Thread.ofPlatform().name("soak-writer-" + i).start(this::write));
        }
        for (int i = 0; i < readers; i++) {
            long seed = i;
            threads.add(Thread.ofPlatform().name("soak-reader-" + i).start(() -> read(seed)));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Requests sent so far. */
    public long sent() {
        return sent.get();
    }

    public long errors() {
        return routes.values().stream().mapToLong(RouteStats::errors).sum();
    }

    public Map<String, RouteStats> routes() {
        return new TreeMap<>(routes);
    }

    private boolean more() {
        return System.nanoTime() < stopAt && sent.get() < maxRequests;
    }

    private void write() {
        SplittableRandom random = new SplittableRandom(Thread.currentThread().threadId());
        while (more()) {
            // One post in ten repeats an article already posted: stored once, answered 200.
            int i = nextArticle.get() > 0 && random.nextInt(10) == 0 ? random.nextInt(nextArticle.get())
                    : nextArticle.getAndIncrement();
            var article = corpus.article(i);
            Map<String, Object> fields = new java.util.HashMap<>(Map.of("text", article.text(), "source", "soak"));
            if (article.date() != null) {
                fields.put("date", article.date());
            }
            String body = json(fields);
            JsonNode answer = call("POST /api/articles", post("/api/articles", body).header("X-API-Key", apiKey), 200, 201);
            if (answer != null && answer.has("stored")) {
                for (JsonNode stored : answer.get("stored")) {
                    articleIds.add(stored.get("articleId").asText());
                }
                for (JsonNode a : answer.path("extraction").path("articles")) {
                    for (JsonNode o : a.path("officials")) {
                        if (people.size() < 10_000) {
                            people.add(o.get("name").asText());
                        }
                    }
                }
            }
        }
    }

    private void read(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        while (more()) {
            switch (random.nextInt(7)) {
                case 0 -> call("GET /api/events", get("/api/events?page=" + (1 + random.nextInt(5)) + "&size=20"), 200);
                case 1 -> call("GET /api/search", get("/api/search?q=" + encode(pick(random, people, "新区"))), 200);
                case 2 -> {
                    if (!people.isEmpty()) {
                        call("GET /api/people/{name}", get("/api/people/" + encode(pick(random, people, ""))), 200);
                    }
                }
                case 3 -> {
                    if (!articleIds.isEmpty()) {
                        call("GET /api/articles/{id}", get("/api/articles/" + pick(random, articleIds, "")), 200);
                    }
                }
                case 4 -> call("POST /api/queries/search", post("/api/queries/search", json(Map.of("q", "新区"))), 200);
                case 5 -> call("POST /api/extract", post("/api/extract",
                        json(Map.of("text", corpus.article(random.nextInt(1000)).text()))), 200);
                default -> call("GET /health", get("/health"), 200);
            }
        }
    }

    private static String pick(SplittableRandom random, List<String> from, String otherwise) {
        int n = from.size();
        return n == 0 ? otherwise : from.get(random.nextInt(n));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** Sends, records, and returns the JSON answer when the status is one expected (else null). */
    private JsonNode call(String route, HttpRequest.Builder request, int... expected) {
        if (sent.incrementAndGet() > maxRequests) {
            return null;
        }
        RouteStats stats = routes.computeIfAbsent(route, r -> new RouteStats());
        long t0 = System.nanoTime();
        String problem;
        JsonNode answer = null;
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            problem = java.util.Arrays.stream(expected).anyMatch(s -> s == r.statusCode()) ? null
                    : r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length()));
            if (problem == null && r.body().startsWith("{")) {
                answer = JSON.readTree(r.body());
            }
        } catch (IOException e) {
            problem = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        stats.micros.add((System.nanoTime() - t0) / 1000);
        stats.requests.increment();
        if (problem != null) {
            stats.errors.increment();
            if (stats.firstErrors.size() < 5) {
                stats.firstErrors.add(problem);
            }
        }
        return answer;
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
