package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A title a person was seen holding, between the first and last article dates that state it. */
@Schema(description = "A title held: the first and last article dates it was seen (not appointment dates), with evidence.")
public record TitleSpan(
        @Schema(example = "东岳新区工委副书记") String title,
        @Schema(description = "The post without its organization.", example = "副书记", nullable = true) String post,
        @Schema(example = "东岳新区工委", nullable = true) String organization,
        @Schema(format = "date", example = "2023-07-20", nullable = true) String since,
        @Schema(format = "date", example = "2024-03-15", nullable = true) String until,
        List<Evidence> evidence) {
}
