package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/organizations/{name}. */
@Schema(description = "An organization: kind, aliases, its positions and who held them, the newest events it organized (more: there are more).")
public record OrganizationDetail(
        @Schema(example = "东岳新区工委") String name,
        @Schema(example = "东岳新区工委") String key,
        @Schema(example = "party", nullable = true) String kind,
        List<String> aliases,
        List<PositionHolder> positions,
        List<OrganizedEvent> organized,
        @Schema(example = "3") long mentionedIn,
        @Schema(description = "True when it organized more events than are listed (ask again with a larger limit).") boolean more) {
}
