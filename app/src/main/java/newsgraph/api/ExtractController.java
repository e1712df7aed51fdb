package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import newsgraph.model.DocumentExtraction;

/** Extraction only: what newsgraph reads in an article, without storing anything. */
@Controller("/api/extract")
@ExecuteOn(TaskExecutors.BLOCKING)
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
    public DocumentExtraction extract(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        return extractions.extract(extractions.read(body), request);
    }
}
