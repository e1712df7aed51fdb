package newsgraph.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import java.util.Map;
import newsgraph.extract.Extractor;
import newsgraph.extract.region.RegionInference;
import newsgraph.model.DocumentExtraction;

/**
 * Posted articles, read within the size limit and extracted on the {@link ExtractionPool}; text
 * the extractor cannot read is a 422 with its reason.
 */
@Singleton
public class ArticleExtractions {

    private final Extractor extractor;
    private final ExtractionPool pool;
    private final int maxChars;

    public ArticleExtractions(Extractor extractor, ExtractionPool pool, ExtractionSettings settings) {
        this.extractor = extractor;
        this.pool = pool;
        this.maxChars = settings.maxChars();
    }

    /** The posted JSON object as an article; see {@link ArticleRequest#from}. */
    ArticleRequest read(Map<String, Object> body) {
        return ArticleRequest.from(body, maxChars);
    }

    DocumentExtraction extract(ArticleRequest article, HttpRequest<?> request) {
        String name = article.title() != null && !article.title().isBlank() ? article.title().strip() : "article";
        DocumentExtraction result = pool.run(() -> extractor.extract(name, article.text(), article.date()), request);
        if (result.error() != null) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, result.error());
        }
        if (article.source() == null && article.region() == null) {
            return result;
        }
        // The caller's source and region come first (extract/region/RegionInference).
        return new DocumentExtraction(result.file(), result.articles().stream()
                .map(a -> a.withRegion(RegionInference.shipped().infer(a, article.source(), article.region())))
                .toList(), null);
    }
}
