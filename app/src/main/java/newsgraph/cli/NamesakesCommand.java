package newsgraph.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsgraph.neo4j.GraphStore;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists names held by more than one person, with what tells them apart (the namesakes saved query). */
@Command(name = "namesakes", mixinStandardHelpOptions = true,
        description = {"List names held by more than one person, with each one's key, regions, latest title and",
                "organizations. Correct the graph with a decisions file (ingest/rebuild --decisions)."})
public final class NamesakesCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Option(names = "--name", paramLabel = "NAME", description = "Only this name.")
    String name;

    @Override
    public Integer call() {
        try (GraphStore store = graph.open(false)) {
            var query = QueryCatalogue.bundled().get("namesakes").orElseThrow();
            Map<String, Object> params = new HashMap<>();
            params.put("name", name);
            params.put("limit", 100_000); // every namesake, not the saved query's page
            List<Map<String, Object>> rows = QueryRunner.of(store, java.time.Duration.ofSeconds(60), 100_000).run(query, params).rows();
            String last = null;
            for (Map<String, Object> r : rows) {
                if (!r.get("name").equals(last)) {
                    last = (String) r.get("name");
                    System.out.println(last);
                }
                System.out.printf("  %s\t%s\t%s\t%s\t%s%n", r.get("key"), r.get("roles"), r.get("regions"),
                        r.get("title") == null ? "" : r.get("title"), r.get("organizations"));
            }
            if (rows.isEmpty()) {
                System.out.println("no name is held by more than one person");
            }
            return 0;
        }
    }
}
