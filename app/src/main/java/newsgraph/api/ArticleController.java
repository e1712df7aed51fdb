package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
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
    public record Stored(DocumentExtraction extraction, List<WriteResult> stored) {}

    @Post
    public HttpResponse<Stored> ingest(HttpRequest<?> http, @Nullable @Body Map<String, Object> body) {
        ArticleRequest request = extractions.read(body);
        DocumentExtraction extraction = extractions.extract(request, http);
        String file = request.url() != null ? request.url() : request.title();
        ArticleMetadata metadata = new ArticleMetadata(file, request.source(), request.url(), request.date(), request.region());
        List<WriteResult> results = new ArrayList<>();
        for (ArticleExtraction article : extraction.articles()) {
            results.add(write(withTitle(article, request.title()), metadata));
        }
        boolean created = results.stream().anyMatch(WriteResult::created);
        Stored stored = new Stored(extraction, results);
        return created ? HttpResponse.created(stored) : HttpResponse.ok(stored);
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

    /** The caller's title wins over none; a title the extractor found in the text is kept. */
    private static ArticleExtraction withTitle(ArticleExtraction a, String title) {
        if (a.title() != null || title == null || title.isBlank()) {
            return a;
        }
        return a.withTitle(title.strip());
    }
}
