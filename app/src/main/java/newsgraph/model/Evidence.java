package newsgraph.model;

import java.util.Objects;

/** The sentence that states a fact, with its [start, end) character offsets in the source document. */
public record Evidence(String sentence, int start, int end) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets [" + start + ", " + end + ")");
        }
    }
}
