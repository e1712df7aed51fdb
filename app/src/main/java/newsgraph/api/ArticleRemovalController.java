package newsgraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.regex.Pattern;
import newsgraph.graph.ArticleRemover;
import newsgraph.neo4j.GraphStore;

/**
 * Removes an ingested article and whatever only it supported (people, events, titles known from it
 * alone); facts other articles also state stay. Needs the API key ({@link ApiKeyFilter}), like every
 * write. Used by the reporter page's list of articles, for taking back a wrong or duplicate post.
 */
@Controller("/api/articles")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ArticleRemovalController {

    /** Article ids are the first 32 hex digits of a SHA-256 (graph-schema/README.md). */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final ArticleRemover remover;

    public ArticleRemovalController(GraphStore store) {
        this.remover = new ArticleRemover(store.driver(), store.sessionConfig());
    }

    @Delete("/{id}")
    public ArticleRemover.Removed remove(@PathVariable String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an article id is 32 lowercase hex digits, got '" + id + "'");
        }
        return remover.remove(id).orElseThrow(() ->
                new HttpStatusException(HttpStatus.NOT_FOUND, "no article with id '" + id + "'"));
    }
}
