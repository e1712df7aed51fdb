package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.extract.Extractor;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.graph.WriteResult;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import newsgraph.neo4j.GraphStore;

/**
 * Ingests one posted article: extracts it and writes it to the graph, each article found in the
 * text in its own transaction (all of it or none). Needs the API key ({@link ApiKeyFilter}).
 * Posting the same text again changes nothing (200 instead of 201).
 */
@Controller("/api/articles")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ArticleController {

    private final Extractor extractor;
    private final GraphWriter writer;

    public ArticleController(Extractor extractor, GraphStore store) {
        this.extractor = extractor;
        this.writer = new GraphWriter(store.driver(), store.sessionConfig());
    }

    /** What was extracted, and what each article did to the graph. */
    public record Stored(DocumentExtraction extraction, List<WriteResult> stored) {}

    @Post
    public HttpResponse<Stored> ingest(@Nullable @Body Map<String, Object> body) {
        ArticleRequest request = ArticleRequest.from(body);
        DocumentExtraction extraction = ArticleExtractions.extract(extractor, request);
        String file = request.url() != null ? request.url() : request.title();
        ArticleMetadata metadata = new ArticleMetadata(file, request.source(), request.url(), request.date(), request.region());
        List<WriteResult> results = new ArrayList<>();
        for (ArticleExtraction article : extraction.articles()) {
            results.add(writer.write(withTitle(article, request.title()), metadata));
        }
        boolean created = results.stream().anyMatch(WriteResult::created);
        Stored stored = new Stored(extraction, results);
        return created ? HttpResponse.created(stored) : HttpResponse.ok(stored);
    }

    /** The caller's title wins over none; a title the extractor found in the text is kept. */
    private static ArticleExtraction withTitle(ArticleExtraction a, String title) {
        if (a.title() != null || title == null || title.isBlank()) {
            return a;
        }
        return a.withTitle(title.strip());
    }
}
