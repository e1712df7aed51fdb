package newsgraph.ingest;

import java.time.LocalDate;
import newsgraph.model.DocumentExtraction;

/**
 * The seam between ingest and the extractor: one document's text in, its articles out.
 * {@code publicationDate} (may be null) supplies the year the text leaves out.
 */
@FunctionalInterface
public interface ArticleExtractor {

    DocumentExtraction extract(String fileName, String text, LocalDate publicationDate);

    /** Until an extractor is wired: only extraction-v1 JSON can be ingested. */
    ArticleExtractor NONE = (fileName, text, date) -> DocumentExtraction.failed(fileName,
            "no extractor in this build: ingest extraction-v1 JSON instead of text");
}
