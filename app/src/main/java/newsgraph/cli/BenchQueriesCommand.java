package newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import newsgraph.bench.CorpusGenerator;
import newsgraph.bench.WrkRun;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.neo4j.EmbeddedSettings;
import newsgraph.neo4j.GraphStore;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        WrkRun.requireWrk();
        var settings = new EmbeddedSettings(data, "127.0.0.1", freePort(), -1, EmbeddedSettings.DEFAULT_PAGE_CACHE);
        try (GraphStore store = GraphStore.embedded(settings).migrate()) {
            fill(store);
            try (var server = ServeCommand.Server.start(store, "127.0.0.1", freePort())) {
                System.out.printf("%n| query | p50 ms | p90 ms | p99 ms | requests/s | requests | errors | p50 / baseline |%n"
                        + "|---|---|---|---|---|---|---|---|%n");
                // Baseline in the same run: the API describing a query, which never touches Neo4j.
                String describe = server.apiUrl() + "/api/queries/search";
                WrkRun.run(describe, List.of(), 1, 1, Duration.ofSeconds(2));
                var base = WrkRun.run(describe, List.of(), threads, connections, Duration.ofSeconds(seconds));
                row("baseline: GET /api/queries/search (no database)", base, base);
                for (var entry : workload(store).entrySet()) {
                    String url = server.apiUrl() + "/api/queries/" + entry.getKey();
                    WrkRun.run(url, entry.getValue().subList(0, 1), 1, 1, Duration.ofSeconds(2)); // warm-up
                    row(entry.getKey(), WrkRun.run(url, entry.getValue(), threads, connections, Duration.ofSeconds(seconds)), base);
                }
            }
        }
        System.out.printf("%n%d articles, %d s per query, %d connections, %d wrk threads, Java %s, %d cores%n", articles,
                seconds, connections, threads, Runtime.version(), Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private static void row(String name, WrkRun.Result r, WrkRun.Result base) {
        System.out.printf("| %s | %.2f | %.2f | %.2f | %.0f | %d | %d | %.1f |%n", name, r.p50Ms(), r.p90Ms(), r.p99Ms(),
                r.requestsPerSecond(), r.requests(), r.errors(), r.p50Ms() / base.p50Ms());
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

    /** For each benchmarked query, 20 parameter sets drawn from what the graph holds. */
    private static Map<String, List<String>> workload(GraphStore store) throws Exception {
        Map<String, List<String>> w = new LinkedHashMap<>();
        List<String> people = sample(store, "MATCH (p:Person)-[:ATTENDED]->() RETURN DISTINCT p.name AS v LIMIT 20");
        List<String> events = sample(store, "MATCH (e:Event)<-[:ATTENDED]-() RETURN DISTINCT e.name AS v LIMIT 20");
        List<String> titles = sample(store, "MATCH (:Person)-[:HELD]->(p:Position) RETURN DISTINCT p.title AS v LIMIT 20");
        List<String> parks = sample(store, "MATCH (:Project)-[:LOCATED_IN]->(p:Park) RETURN DISTINCT p.name AS v LIMIT 20");
        w.put("event-attendees", bodies(events, v -> Map.of("event", v)));
        w.put("person-events", bodies(people, v -> Map.of("name", v)));
        w.put("person-titles", bodies(people, v -> Map.of("name", v)));
        w.put("title-holders", bodies(titles, v -> Map.of("title", v)));
        w.put("co-attendance", bodies(people, v -> Map.of("name", v)));
        w.put("park-projects", bodies(parks, v -> Map.of("park", v)));
        w.put("parks-by-investment", List.of("{}"));
        w.put("neighbourhood", bodies(people, v -> Map.of("name", v)));
        w.put("search", bodies(people, v -> Map.of("q", v.substring(0, 2))));
        w.put("latest-events", List.of("{\"limit\": 20}"));
        return w;
    }

    private static List<String> sample(GraphStore store, String cypher) {
        try (var session = store.driver().session(store.sessionConfig())) {
            List<String> values = session.run(cypher).list(r -> r.get("v").asString());
            if (values.isEmpty()) {
                throw new IllegalStateException("the generated graph has nothing for: " + cypher);
            }
            return values;
        }
    }

    private static List<String> bodies(List<String> values, Function<String, Map<String, Object>> params) throws Exception {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(JSON.writeValueAsString(params.apply(v)));
        }
        return out;
    }

    private static int freePort() throws Exception {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
