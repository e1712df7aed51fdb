package newsgraph.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;

/** The sentence that states a fact, with its [start, end) character offsets in the source document. */
// Named apart from the API's evidence (api/schema/Evidence: offsets in the stored article's text).
@Schema(name = "TextEvidence")
public record Evidence(String sentence, int start, int end) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets [" + start + ", " + end + ")");
        }
    }
}
