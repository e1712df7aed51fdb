package newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import newsgraph.graph.GraphStats;
import newsgraph.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints node counts per label and relationship counts per type as JSON. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print node counts per label and relationship counts per type as JSON.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() throws Exception {
        try (GraphStore store = graph.open(false)) {
            GraphStats stats = GraphStats.read(store.driver(), store.sessionConfig());
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stats));
        }
        return 0;
    }
}
