package newsgraph.graph;

import java.time.LocalDate;

/**
 * What the caller knows about an article beyond its extraction: the file it came from, the
 * newspaper or site ({@code source}), its address, and the publication date to use when the
 * extraction found none. Any of them may be null.
 */
public record ArticleMetadata(String file, String source, String url, LocalDate date) {

    public static ArticleMetadata ofFile(String file) {
        return new ArticleMetadata(file, null, null, null);
    }
}
