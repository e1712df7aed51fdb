package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An organization that hosted, co-hosted or undertook an event. */
@Schema(description = "An organization that organized the event, in the role the article gives it.")
public record EventOrganizer(
        @Schema(example = "东岳新区管委") String name,
        @Schema(description = "GET /api/organizations/{key}.", example = "东岳新区管委") String key,
        @Schema(description = "host 主办, co_host 协办, undertaker 承办.", example = "host",
                allowableValues = {"host", "co_host", "undertaker"}) String role,
        List<Evidence> evidence) {
}
