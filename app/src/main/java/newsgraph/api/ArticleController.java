package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import newsgraph.neo4j.GraphStore;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Ingests one posted article: extracts it and writes it to the graph, each article found in the
 * text in its own transaction (all of it or none). Needs the API key ({@link ApiKeyFilter}).
 * Posting the same text again, later or at the same time, changes nothing (200 instead of 201).
 */
@Controller("/api/articles")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ArticleController {

    static final String CONSTRAINT_VIOLATED = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final ArticleExtractions extractions;
    private final GraphWriter writer;

    public ArticleController(ArticleExtractions extractions, GraphStore store) {
        this.extractions = extractions;
        this.writer = new GraphWriter(store.driver(), store.sessionConfig());
    }

    /** What was extracted, and what each article did to the graph. */
    @Schema(name = "StoredArticles", description = "What was extracted, and what each article found in the text did to the graph.")
    public record Stored(DocumentExtraction extraction, List<WriteResult> stored) {}

    @Post
    @Tag(name = "articles")
    @Operation(operationId = "storeArticle", summary = "Extract a text and store its articles in the graph (needs the API key)",
            description = "201 with Location (the first article stored) when the text was new; 200 when it was already"
                    + " stored, also when posted twice at the same time.")
    @SecurityRequirement(name = ApiDefinition.API_KEY)
    @ApiResponse(responseCode = "201", description = "Stored: Location names the first new article",
            headers = @Header(name = "Location", description = "/api/articles/{id} of the first new article",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Stored.class)))
    @ApiResponse(responseCode = "200", description = "Already stored: nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Stored.class)))
    @KeyedWriteResponses
    @ApiResponse(responseCode = "409", description = "Another request was writing the same data; send again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses
    @ExtractionResponses
    public HttpResponse<Stored> ingest(HttpRequest<?> http, @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = ArticleRequest.class),
                    examples = @ExampleObject(name = "article", summary = "A short article (fictional)", value = ArticleRequest.EXAMPLE))) @Nullable @Body Map<String, Object> body) {
        ArticleRequest request = extractions.read(body);
        DocumentExtraction extraction = extractions.extract(request, http);
        String file = request.url() != null ? request.url() : request.title();
        ArticleMetadata metadata = new ArticleMetadata(file, request.source(), request.url(), request.date(), request.region());
        List<WriteResult> results = new ArrayList<>();
        boolean one = extraction.articles().size() == 1;
        for (ArticleExtraction article : extraction.articles()) {
            results.add(write(withTitle(article, request.title(), one), metadata));
        }
        Stored stored = new Stored(extraction, results);
        return results.stream().filter(WriteResult::created).findFirst()
                .<HttpResponse<Stored>>map(first -> HttpResponse.created(stored, URI.create("/api/articles/" + first.articleId())))
                .orElseGet(() -> HttpResponse.ok(stored));
    }

    /**
     * Two posts of the same text at the same time both find it absent; the first to commit stores
     * it, the other's ledger entry then breaks the ledger's uniqueness constraint. That one is
     * written again: it now finds the article stored and answers as for any repeated post.
     */
    private WriteResult write(ArticleExtraction article, ArticleMetadata metadata) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.write(article, metadata);
            } catch (ClientException e) {
                if (attempt == 3 || !CONSTRAINT_VIOLATED.equals(e.code())) {
                    throw e;
                }
            }
        }
    }

    /**
     * The caller's title, when given, is the article's: it is the publication's metadata, where the
     * extractor's headline is read from the text (and may join a kicker or subheads to it). A page of
     * several articles keeps the headlines found for them; the caller's title goes to those with none.
     */
    private static ArticleExtraction withTitle(ArticleExtraction a, String title, boolean onlyArticle) {
        if (title == null || title.isBlank() || !onlyArticle && a.title() != null) {
            return a;
        }
        return a.withTitle(title.strip());
    }
}
