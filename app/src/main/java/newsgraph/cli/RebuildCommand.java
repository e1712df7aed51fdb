package newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsgraph.extract.Extractor;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.region.SourceTable;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.PersonDecisions;
import newsgraph.ingest.Rebuilder;
import newsgraph.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Rewrites the graph from its stored articles: upgrades an older store, applies new decisions. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Rewrite the graph from the articles it stores, with the current rules: upgrades a store written",
                "by an older version, and applies a new decisions or sources file to articles already written.",
                "Back up a large store first (a rebuild stopped midway keeps only what it rewrote)."})
public final class RebuildCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--decisions", paramLabel = "FILE", description = "People to merge or split (graph-schema/README.md, \"Person identity\").")
    Path decisions;

    @Option(names = "--sources", paramLabel = "FILE", description = "Outlets and their regions, read before sources.tsv.")
    Path sources;

    @Override
    public Integer call() {
        PersonDecisions people = PersonDecisions.read(decisions);
        try (GraphStore store = graph.open(false).migrate()) {
            GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig(),
                    new RegionInference(SourceTable.withFile(sources)), people);
            Rebuilder.Rebuilt n = new Rebuilder(store.driver(), store.sessionConfig(), writer, new Extractor()).rebuild();
            System.out.printf("rebuilt from %d stored articles: %d articles written%s%n", n.stored(), n.written(),
                    n.failed() == 0 ? "" : ", " + n.failed() + " not written (see the messages above)");
            return n.failed() == 0 ? 0 : 1;
        }
    }
}
