package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where the page says an article came from or goes on: （上接第一版） gives {@code fromPage} 1,
 * （下转第二版） gives {@code onPage} 2. When the other part was among the documents extracted
 * together and could be told apart from every other candidate, {@code from} / {@code in} name it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Continuation(Integer fromPage, Integer onPage, ArticleRef from, ArticleRef in) {

    /** An article of another document: its file and its index in that document's articles. */
    public record ArticleRef(String file, int article) {}

    public Continuation withFrom(ArticleRef ref) {
        return new Continuation(fromPage, onPage, ref, in);
    }

    public Continuation withIn(ArticleRef ref) {
        return new Continuation(fromPage, onPage, from, ref);
    }
}
