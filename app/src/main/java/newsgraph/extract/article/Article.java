package newsgraph.extract.article;

import java.util.List;
import java.util.Objects;
import newsgraph.extract.text.Paragraph;

/**
 * One article of a page: its headline paragraphs, byline names, body paragraphs (in layout order),
 * and the photo captions printed inside it. {@code continuation}: the article is the rest of one that
 * began on another page (（上接第一版）), so it has no byline or headline of its own here.
 */
public record Article(
        List<Paragraph> headlines,
        List<String> reporters,
        List<String> photographers,
        List<Paragraph> body,
        List<Paragraph> captions,
        boolean continuation) {

    public Article {
        headlines = List.copyOf(headlines);
        reporters = List.copyOf(reporters);
        photographers = List.copyOf(photographers);
        body = List.copyOf(Objects.requireNonNull(body, "body"));
        captions = List.copyOf(captions);
    }

    public int start() {
        return body.isEmpty() ? 0 : body.get(0).start();
    }

    public int end() {
        return body.isEmpty() ? 0 : body.get(body.size() - 1).end();
    }
}
