package newsgraph.extract.article;

import java.util.List;
import java.util.Objects;

/**
 * Names found in a byline or credit line. {@code role}: reporter (记者, 通讯员, 作者),
 * photographer (… 摄) or staff (主编, 美编, 审读, 排版: page credits).
 */
public record Byline(String role, List<String> names) {
    public Byline {
        Objects.requireNonNull(role, "role");
        names = List.copyOf(names);
    }
}
