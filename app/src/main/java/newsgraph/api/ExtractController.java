package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import newsgraph.model.DocumentExtraction;

/** Extraction only: what newsgraph reads in an article, without storing anything. */
@Controller("/api/extract")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "extraction")
public class ExtractController {

    private final ArticleExtractions extractions;

    public ExtractController(ArticleExtractions extractions) {
        this.extractions = extractions;
    }

    /**
     * The extraction-v1 document for the posted article (officials, events, parks, projects,
     * evidence). The text may be up to newsgraph.extraction.max-chars long (200,000 characters by
     * default; 413 beyond); 503 with Retry-After when the server is busy extracting others, 504
     * when extraction takes longer than newsgraph.extraction.deadline (30 s).
     */
    @Post
    @Operation(operationId = "extract", summary = "What newsgraph reads in a text (extraction-v1), storing nothing")
    @ApiResponse(responseCode = "200", description = "The extraction-v1 document of the text")
    @ProblemResponses
    @ExtractionResponses
    // The body is read as a map (ArticleRequest.from) so an unknown or mistyped field gets a message naming it.
    public DocumentExtraction extract(HttpRequest<?> request, @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = ArticleRequest.class),
                    examples = @ExampleObject(name = "article", summary = "A short article (fictional)", value = ArticleRequest.EXAMPLE))) @Nullable @Body Map<String, Object> body) {
        return extractions.extract(extractions.read(body), request);
    }
}
