package newsgraph.extract.people;

import java.util.List;
import java.util.Objects;

/**
 * A person named in the clean text: the name at [start, end), the titles written with it (the title
 * chain starts at {@code chainStart}), how the name was anchored, and whether this mention is of a
 * leader who is studied or quoted (学习习近平总书记重要讲话) rather than present.
 */
public record PersonMention(String name, int start, int end, int chainStart, List<TitleMention> titles,
                            Anchor anchor, boolean studied) {
    public enum Anchor { TITLE, LABEL, VERB, KNOWN }

    public PersonMention {
        Objects.requireNonNull(name, "name");
        titles = List.copyOf(titles);
        Objects.requireNonNull(anchor, "anchor");
    }

    public PersonMention withStudied(boolean s) {
        return new PersonMention(name, start, end, chainStart, titles, anchor, s);
    }
}
