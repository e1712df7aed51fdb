package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A person as a list shows them: enough to tell namesakes apart. */
@Schema(description = "A person, with what tells them apart from namesakes: key, region, latest title.")
public record PersonSummary(
        @Schema(example = "林海峰") String name,
        @Schema(description = "The person's key, name@region: use it for GET /api/people/{key}.", example = "林海峰@临江市") String key,
        @Schema(description = "Official and/or Reporter.", example = "[\"Official\"]") List<String> roles,
        @Schema(description = "The region of the latest article that names them.", example = "临江市", nullable = true) String region,
        @Schema(description = "The latest title seen.", example = "东岳新区工委副书记", nullable = true) String title,
        @Schema(description = "How many articles mention them.", example = "4") long mentionedIn) {
}
