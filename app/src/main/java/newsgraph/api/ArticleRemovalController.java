package newsgraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    private final ArticleRemover remover;

    public ArticleRemovalController(GraphStore store) {
        this.remover = new ArticleRemover(store.driver(), store.sessionConfig());
    }

    @Delete("/{id}")
    @Tag(name = "articles")
    @Operation(operationId = "removeArticle", summary = "Remove an article and whatever only it supported (needs the API key)",
            description = "Facts other articles also state stay, with their evidence; a person, event or title known "
                    + "only from this article goes. One transaction. The ingest ledger forgets the article, so its text "
                    + "can be stored again.")
    @SecurityRequirement(name = ApiDefinition.API_KEY)
    @ApiResponse(responseCode = "200", description = "Removed: the article's id and headline, and how many nodes went with it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleRemover.Removed.class)))
    @KeyedWriteResponses
    @NotFoundResponse
    @ProblemResponses
    public ArticleRemover.Removed remove(
            @Parameter(description = "The article's id: 32 lowercase hex digits (id of recent-articles, articleId of evidence)")
            @PathVariable String id) {
        if (!ArticleRemover.isArticleId(id)) {
            throw new IllegalArgumentException("an article id is 32 lowercase hex digits, got '" + id + "'");
        }
        return remover.remove(id).orElseThrow(() ->
                new HttpStatusException(HttpStatus.NOT_FOUND, "no article with id '" + id + "'"));
    }
}
