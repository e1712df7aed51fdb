package newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.region.SourceTable;
import newsgraph.extract.text.InputFiles;
import newsgraph.graph.PersonDecisions;
import newsgraph.ingest.BulkLoader;
import newsgraph.neo4j.EmbeddedSettings;
import newsgraph.neo4j.GraphStore;
import newsgraph.util.Directories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The initial load of a big archive: the graph {@code ingest} would write, through Neo4j's bulk
 * importer into a new embedded store ({@link BulkLoader}). Exit status as {@code ingest}.
 */
@Command(name = "bulk-load", mixinStandardHelpOptions = true,
        description = {"Load a big archive into a NEW embedded store with Neo4j's bulk importer: the same graph as",
                "`ingest` of the same files (ids, keys, ledger), many times faster. Then `serve --data DIR` opens it",
                "and `ingest --data DIR` adds to it. A directory that is not empty is refused."})
public final class BulkLoadCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Text files, extraction-v1 .json files, or directories of them.")
    List<Path> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "As for ingest: the publication date of every file.")
    LocalDate date;

    @Option(names = "--source", paramLabel = "NAME", description = "As for ingest: the outlet of every file.")
    String source;

    @Option(names = "--region", paramLabel = "REGION", description = "As for ingest: the region every file reports on.")
    String region;

    @Option(names = "--sources", paramLabel = "FILE", description = "As for ingest: outlets and their regions.")
    Path sources;

    @Option(names = "--decisions", paramLabel = "FILE", description = "As for ingest: people to merge or split.")
    Path decisions;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Write the importer's CSV files here and keep them (default: a temporary directory, deleted after).")
    Path csv;

    @Option(names = "--import-threads", paramLabel = "N", defaultValue = "0",
            description = "Threads of Neo4j's importer (default: all cores).")
    int threads;

    @Option(names = "--import-memory", paramLabel = "SIZE", defaultValue = "1G",
            description = "Off-heap memory of Neo4j's importer, e.g. 1G or 50%% (default: ${DEFAULT-VALUE}).")
    String offHeap;

    @Override
    public Integer call() throws IOException {
        if (graph.isExternal()) {
            System.err.println("bulk-load writes a new embedded store (--data); for a Neo4j server, Aura or a cluster,"
                    + " keep the CSV files (--csv DIR) and run `neo4j-admin database import full` there, or use `ingest`.");
            return 2;
        }
        String refused = BulkLoader.refusal(graph.data);
        if (refused != null) {
            System.err.println("bulk-load: " + refused);
            return 2;
        }
        List<InputFiles.Input> files = InputFiles.expand(inputs, InputFiles.Selection.ALL_FILES);
        Path csvDir = csv != null ? csv : Files.createTempDirectory("newsgraph-bulk-");
        BulkLoader loader = new BulkLoader(IngestCommand.extractor(), new RegionInference(SourceTable.withFile(sources)),
                PersonDecisions.read(decisions), date, source, region);
        try {
            BulkLoader.Summary summary = loader.load(files, graph.data, csvDir, threads, offHeap, 
                    dir -> GraphStore.embedded(new EmbeddedSettings(dir, graph.listen, graph.boltPort, -1,
                            graph.pageCache(dir).bytes(), null, graph.password)), System.out);
            System.out.println(summary.describe());
            System.out.println("graph: " + summary.stats().nodes() + " " + summary.stats().relationships());
            return summary.filesFailed() == 0 ? 0 : 1;
        } finally {
            if (csv == null) {
                Directories.delete(csvDir);
            }
        }
    }
}
