package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One input file and the articles found in it. {@code error} is set (and {@code articles} empty)
 * when the file could not be read as Chinese text: empty, binary, wrong encoding, too large.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentExtraction(String file, List<ArticleExtraction> articles, String error) {
    public DocumentExtraction {
        Objects.requireNonNull(file, "file");
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public static DocumentExtraction failed(String file, String error) {
        return new DocumentExtraction(file, List.of(), Objects.requireNonNull(error, "error"));
    }
}
