package newsgraph.cli;

import java.util.concurrent.Callable;
import newsgraph.api.Readiness;
import newsgraph.extract.Extractor;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.ingest.Samples;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs the extractor on the bundled sample articles and writes them into the graph (once: a second
 * run adds nothing), then serves the API, Neo4j Bolt and Browser over it, like {@code serve}.
 * {@code --annotations} writes their hand annotations instead (the same article ids: whichever
 * ran first stays).
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

    @Option(names = "--annotations",
            description = "Write the samples' hand annotations instead of running the extractor on their text.")
    boolean annotations;

    @Override
    public Integer call() {
        // HTTP answers from the start, but /health says UP only once the samples are in.
        ServeCommand.Server server = ServeCommand.Server.start(graph, port, Readiness.pending("writing the sample articles"));
        try {
            GraphWriter writer = new GraphWriter(server.store().driver(), server.store().sessionConfig());
            ServeCommand.Server.say(annotations ? "writing the sample articles' annotations..."
                    : "loading the extractor (HanLP dictionaries), then extracting and writing the sample articles...");
            Extractor extractor = annotations ? null : new Extractor();
            int created = 0;
            int unchanged = 0;
            for (Samples.Sample sample : Samples.bundled()) {
                DocumentExtraction document = annotations ? sample.annotation()
                        : extractor.extract(sample.file(), sample.text(), sample.publicationDate());
                for (ArticleExtraction article : document.articles()) {
                    WriteResult r = writer.write(article,
                            new ArticleMetadata(sample.file(), "newsgraph demo", null, sample.publicationDate()));
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
        // one HELD per article that states the title: a tenure is the first and last day it was seen
        server.serveUntilStopped("Try in Browser:   MATCH (p:Person)-[h:HELD]->(:Position {title: '东岳自贸片区管委主任'})"
                + " RETURN p.name, min(h.date) AS since, max(h.date) AS until ORDER BY since");
        return 0;
    }
}
