package newsgraph.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.ingest.Samples;
import newsgraph.model.ArticleExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes the bundled sample articles into the graph (once: a second run adds nothing), then
 * serves the API, Neo4j Bolt and Browser over it, like {@code serve}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample articles (fictional, written for the demo) and serve the graph.",
                "Idempotent: a second run finds them already in the graph."})
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:NEWSGRAPH_PORT:-8080}",
            description = "Port of the HTTP API (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Only ingest the samples, then exit.")
    boolean noServe;

    @Override
    public Integer call() {
        ServeCommand.Server server = ServeCommand.Server.start(graph, port);
        try {
            GraphWriter writer = new GraphWriter(server.store().driver(), server.store().sessionConfig());
            int created = 0;
            int unchanged = 0;
            for (Samples.Sample sample : Samples.bundled()) {
                for (ArticleExtraction article : sample.annotation().articles()) {
                    WriteResult r = writer.write(article, new ArticleMetadata(sample.file(), "newsgraph demo", null, null));
                    System.out.printf("%-9s %s  %s%n", r.created() ? "new" : "unchanged", sample.file(), r.title());
                    if (r.created()) {
                        created++;
                    } else {
                        unchanged++;
                    }
                }
            }
            System.out.printf("demo: %d sample articles new, %d unchanged%n", created, unchanged);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        if (noServe) {
            server.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newsgraph-shutdown"));
        server.printBanner();
        System.out.println("Try in Browser:   MATCH (p:Person)-[h:HELD]->(:Position {title: '东岳自贸片区管委主任'})"
                + " RETURN p.name, h.since, h.until ORDER BY h.since");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
