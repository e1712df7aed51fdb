package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One thing found by name, title or alias. */
@Schema(description = "Something whose name, title or alias contains the text: its type, id and where to read it.")
public record SearchHit(
        @Schema(example = "person", allowableValues = {"person", "organization", "park", "project", "event", "position"}) String type,
        @Schema(description = "What identifies it: a person's key, an event's id, an organization's key, a park's, project's"
                + " or position's name.", example = "林海峰@临江市") String id,
        @Schema(example = "林海峰") String name,
        @Schema(description = "Its graph labels.", example = "[\"Person\", \"Official\"]") List<String> labels,
        @Schema(description = "An event's date.", format = "date", nullable = true) String date,
        List<String> aliases,
        @Schema(example = "临江市", nullable = true) String region,
        @Schema(description = "A person's latest title.", example = "东岳新区工委副书记", nullable = true) String title,
        @Schema(description = "The API path that describes it; null for projects and positions.",
                example = "/api/people/%E6%9E%97%E6%B5%B7%E5%B3%B0%40%E4%B8%B4%E6%B1%9F%E5%B8%82", nullable = true) String href) {
}
