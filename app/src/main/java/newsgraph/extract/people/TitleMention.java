package newsgraph.extract.people;

import java.util.Objects;

/**
 * One title as written before (or after) a name, [start, end) in the clean text, split into the
 * organization it belongs to (null for a bare post such as 区长) and the post.
 */
public record TitleMention(String title, String organization, String post, int start, int end) {
    public TitleMention {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(post, "post");
    }
}
