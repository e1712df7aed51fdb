package newsgraph.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import newsgraph.model.DocumentExtraction;

/**
 * The seam between ingest and the extractor: one document file in, its articles out (or
 * {@link DocumentExtraction#failed} with the reason the file cannot be read as a news page).
 * {@code publicationDate} (may be null) supplies the year the text leaves out.
 */
@FunctionalInterface
public interface ArticleExtractor {

    DocumentExtraction extract(Path file, LocalDate publicationDate);

    /** No extractor: only extraction-v1 JSON can be ingested. */
    ArticleExtractor NONE = (file, date) -> DocumentExtraction.failed(file.getFileName().toString(),
            "no extractor given: only extraction-v1 JSON can be ingested");
}
