package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/organizations/{name}. */
@Schema(description = "An organization: kind, aliases, its positions and who held them, the events it organized.")
public record OrganizationDetail(
        @Schema(example = "东岳新区工委") String name,
        @Schema(example = "东岳新区工委") String key,
        @Schema(example = "party", nullable = true) String kind,
        List<String> aliases,
        List<PositionHolder> positions,
        List<OrganizedEvent> organized,
        @Schema(example = "3") long mentionedIn) {
}
