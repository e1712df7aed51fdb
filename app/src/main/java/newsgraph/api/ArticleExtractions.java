package newsgraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import newsgraph.extract.Extractor;
import newsgraph.extract.region.RegionInference;
import newsgraph.model.DocumentExtraction;

/** Runs the extractor on a posted article; text it cannot read is a 422 with its reason. */
final class ArticleExtractions {

    private ArticleExtractions() {}

    static DocumentExtraction extract(Extractor extractor, ArticleRequest article) {
        String name = article.title() != null && !article.title().isBlank() ? article.title().strip() : "article";
        DocumentExtraction result = extractor.extract(name, article.text(), article.date());
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
