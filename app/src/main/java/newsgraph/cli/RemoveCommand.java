package newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.graph.ArticleRemover;
import newsgraph.neo4j.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Removes articles by id and whatever only they supported: the command-line twin of the reporter
 * page's 删除 and of {@code DELETE /api/articles/{id}}. Each article goes in its own transaction.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove articles by id (see the reporter page's 文章 list, or `article` in Browser) and "
                + "whatever only they supported; facts other articles also state stay.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was removed", "1:an id was malformed or not in the graph (the others were removed)"})
public final class RemoveCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "article ids (32 hex digits)")
    List<String> ids;

    @Override
    public Integer call() {
        int failed = 0;
        try (GraphStore store = graph.open(false)) {
            ArticleRemover remover = new ArticleRemover(store.driver(), store.sessionConfig());
            for (String id : ids) {
                if (!ArticleRemover.isArticleId(id)) {
                    System.err.println(id + ": not an article id (32 lowercase hex digits)");
                    failed++;
                    continue;
                }
                var removed = remover.remove(id);
                if (removed.isEmpty()) {
                    System.err.println(id + ": no such article in the graph");
                    failed++;
                } else {
                    System.out.printf("%s: removed \"%s\" and %d nodes only it supported%n", id,
                            removed.get().title() == null ? "(untitled)" : removed.get().title(), removed.get().nodesRemoved());
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
