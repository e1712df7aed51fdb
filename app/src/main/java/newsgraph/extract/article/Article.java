package newsgraph.extract.article;

import java.util.List;
import java.util.Objects;
import newsgraph.extract.text.Paragraph;

/**
 * One article of a page: its headline paragraphs, byline names, body paragraphs (in layout order),
 * and the photo captions printed inside it. {@code continuedFromPage}: the article is the rest of one
 * that began on that page (（上接第一版）: 1), so it has no byline or headline of its own here; 0 when
 * it begins here.
 */
public record Article(
        List<Paragraph> headlines,
        List<String> reporters,
        List<String> photographers,
        List<Paragraph> body,
        List<Paragraph> captions,
        int continuedFromPage) {

    public Article {
        headlines = List.copyOf(headlines);
        reporters = List.copyOf(reporters);
        photographers = List.copyOf(photographers);
        body = List.copyOf(Objects.requireNonNull(body, "body"));
        captions = List.copyOf(captions);
    }

    /** Whether the article is the rest of one that began on another page. */
    public boolean continuation() {
        return continuedFromPage > 0;
    }

    /** The page the article goes on to (（下转第二版）: 2), or 0 when it ends here. */
    public int continuesOnPage() {
        for (Paragraph p : body) {
            if (p.continuesElsewhere()) {
                return p.continuesOnPage();
            }
        }
        return 0;
    }

    public int start() {
        return body.isEmpty() ? 0 : body.get(0).start();
    }

    public int end() {
        return body.isEmpty() ? 0 : body.get(body.size() - 1).end();
    }
}
