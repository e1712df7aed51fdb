package newsgraph.extract.event;

import java.util.List;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.segment.Token;

/**
 * What an {@link EventRule} reads: one sentence of an article body ({@code text}, at {@code base}
 * in the clean text), its tokens, the people named in it, and whether it opens the article.
 */
public record RuleInput(String text, int base, List<Token> tokens, List<PersonMention> people, boolean articleStart) {
    public RuleInput {
        if (text == null || tokens == null || people == null) {
            throw new IllegalArgumentException("a rule input needs its text, tokens and people");
        }
    }
}
