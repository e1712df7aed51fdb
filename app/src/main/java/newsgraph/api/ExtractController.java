package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import newsgraph.extract.Extractor;
import newsgraph.model.DocumentExtraction;

/** Extraction only: what newsgraph reads in an article, without storing anything. */
@Controller("/api/extract")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExtractController {

    private final Extractor extractor;

    public ExtractController(Extractor extractor) {
        this.extractor = extractor;
    }

    /** The extraction-v1 document for the posted article (officials, events, parks, projects, evidence). */
    @Post
    public DocumentExtraction extract(@Nullable @Body Map<String, Object> body) {
        ArticleRequest article = ArticleRequest.from(body);
        return ArticleExtractions.extract(extractor, article);
    }
}
