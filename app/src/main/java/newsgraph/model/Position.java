package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One title split into the organization it belongs to and the post: 东岳新区工委副书记 =
 * 东岳新区工委 + 副书记. {@code organization} is null for a bare post (区长).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(String title, String organization, String post, Evidence evidence) {
    public Position {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(post, "post");
    }
}
