package newsgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.extract.Extractor;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.region.SourceTable;
import newsgraph.extract.text.InputFiles;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.PersonDecisions;
import newsgraph.ingest.ArticleExtractor;
import newsgraph.ingest.IngestSummary;
import newsgraph.ingest.Ingester;
import newsgraph.model.DocumentExtraction;
import newsgraph.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Ingests files into the graph: extraction on several threads, articles written in batches, each
 * with its ledger entry ({@link Ingester}). Interrupted runs lose nothing they committed; run again, it skips what is in the ledger and carries on. An input that cannot be read
 * (refused by its type, undecodable, too large) is reported and the others go on; exit status as
 * {@code extract}: 0 all fine, 1 some input refused, 2 usage.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract articles from text files (or read extraction-v1 .json) and write them into the graph.",
                "Safe to interrupt and re-run: articles already in the graph are skipped.",
                "While `serve` or `demo` runs, it holds the embedded store: send the news to that server instead,",
                "  ./newsgraph ingest --neo4j-uri bolt://127.0.0.1:7687 [--neo4j-password …] FILE…",
                "(the Bolt address and credentials `serve` prints at start-up)."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Text files, extraction-v1 .json files, or directories of them.")
    List<Path> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date: gives the year to dates written without one, and dates articles that have none. Default, per file: a date in its page header or metadata line, else in its name (2024-06-06, 20240606).")
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

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads extracting files while the writer writes (default: one per core, at most 4).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
            description = "Articles per write transaction at most (default: ${DEFAULT-VALUE}); each keeps its own ledger entry, and one that fails is written alone and reported.")
    int batch;

    /**
     * The extractor for text files, built once, on the first text file: it loads lexicons and HanLP's
     * dictionaries, which a run over extraction-v1 JSON alone never needs (a bulk load of a big archive
     * wants that heap for its plan). The extraction threads share it.
     */
    static ArticleExtractor extractor() {
        return new ArticleExtractor() {
            private Extractor extractor;

            @Override
            public DocumentExtraction extract(Path file, LocalDate publicationDate) {
                Extractor e;
                synchronized (this) {
                    if (extractor == null) {
                        extractor = new Extractor();
                    }
                    e = extractor;
                }
                return e.extractFile(file, publicationDate);
            }
        };
    }

    @Override
    public Integer call() {
        List<InputFiles.Input> files = InputFiles.expand(inputs, InputFiles.Selection.ALL_FILES);
        try (GraphStore store = graph.open(false).migrate()) {
            GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig(),
                    new RegionInference(SourceTable.withFile(sources)), PersonDecisions.read(decisions));
            int extractors = threads != null ? threads : Ingester.Settings.defaults().threads();
            Ingester ingester = new Ingester(writer, extractor(), date, source, region,
                    new Ingester.Settings(extractors, 4 * extractors, batch));
            IngestSummary summary;
            try (IngestProgress progress = new IngestProgress(files.size(), IngestProgress.isTerminal())) {
                summary = ingester.ingestInputs(files, progress);
            }
            System.out.println(summary.describe());
            // as extract: 0 all fine, 1 some input refused or not written (2 is picocli's usage error)
            return summary.articlesFailed() == 0 && summary.filesFailed() == 0 ? 0 : 1;
        }
    }
}
