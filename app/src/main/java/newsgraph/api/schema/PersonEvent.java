package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An event a person took part in, with their roles and the sentences that say so. */
@Schema(description = "An event a person took part in: their roles and the evidence for them.")
public record PersonEvent(
        @Schema(description = "The event's id: GET /api/events/{id}.", example = "9a1b2c3d4e5f60718293a4b5c6d7e8f9") String id,
        @Schema(example = "东岳新区自贸片区建设推进会议") String name,
        @Schema(example = "meeting", allowableValues = {"meeting", "forum", "ceremony", "signing", "inspection", "visit", "other"},
                nullable = true) String kind,
        @Schema(format = "date", example = "2023-07-20", nullable = true) String date,
        @Schema(example = "区行政中心", nullable = true) String place,
        @Schema(description = "attended, chaired, spoke, met, led, inspected, accompanied, signed, announced, witnessed.",
                example = "[\"attended\", \"spoke\"]") List<String> roles,
        List<Evidence> evidence) {
}
