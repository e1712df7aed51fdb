package newsgraph.graph;

import java.time.LocalDate;

/**
 * What the caller knows about an article beyond its extraction: the file it came from, the
 * newspaper or site ({@code source}), its address, the publication date to use when the
 * extraction found none, and the region it reports on ({@code 临江市}, or {@code 临江市东岳区}).
 * Any of them may be null; a null region is inferred (newsgraph.extract.region.RegionInference).
 */
public record ArticleMetadata(String file, String source, String url, LocalDate date, String region) {

    public ArticleMetadata(String file, String source, String url, LocalDate date) {
        this(file, source, url, date, null);
    }

    public static ArticleMetadata ofFile(String file) {
        return new ArticleMetadata(file, null, null, null, null);
    }
}
