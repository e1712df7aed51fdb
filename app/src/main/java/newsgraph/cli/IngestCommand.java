package newsgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.extract.Extractor;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.region.SourceTable;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.PersonDecisions;
import newsgraph.ingest.ArticleExtractor;
import newsgraph.ingest.IngestSummary;
import newsgraph.ingest.Ingester;
import newsgraph.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Ingests files into the graph, one transaction per article. Interrupted runs lose nothing they
 * committed; run again, it skips what is in the ledger and carries on.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract articles from text files (or read extraction-v1 .json) and write them into the graph.",
                "Safe to interrupt and re-run: articles already in the graph are skipped."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Text files, extraction-v1 .json files, or directories of them.")
    List<Path> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date: gives the year to dates written without one, and dates articles that have none.")
    LocalDate date;

    @Option(names = "--source", paramLabel = "NAME", description = "Newspaper or site the files come from (Article.source).")
    String source;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region the files report on (临江市, or 临江市东岳区); else inferred from the outlet or the officials' titles.")
    String region;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "Outlets and their regions (the format of lexicons/sources.tsv), read before the shipped table.")
    Path sources;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "People to merge or split: lines 'merge|split<TAB>name<TAB>region<TAB>region' (graph-schema/README.md, \"Person identity\").")
    Path decisions;

    /** The extractor for text files (built once: it loads lexicons and HanLP dictionaries). */
    static ArticleExtractor extractor() {
        return new Extractor()::extractFile;
    }

    @Override
    public Integer call() {
        List<Path> files = Ingester.expand(inputs);
        try (GraphStore store = graph.open(false).migrate()) {
            GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig(),
                    new RegionInference(SourceTable.withFile(sources)), PersonDecisions.read(decisions));
            Ingester ingester = new Ingester(writer, extractor(), date, source, region);
            IngestSummary summary;
            try (IngestProgress progress = new IngestProgress(files.size(), IngestProgress.isTerminal())) {
                summary = ingester.ingest(files, progress);
            }
            System.out.println(summary.describe());
            return summary.articlesFailed() == 0 && summary.filesFailed() == 0 ? 0 : 2;
        }
    }
}
