package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;

/** One event of a list. */
@Schema(description = "An event in a list: id, name, kind, date, region, place and how many people attended.")
public record EventSummary(
        @Schema(description = "GET /api/events/{id}.", example = "9a1b2c3d4e5f60718293a4b5c6d7e8f9") String id,
        @Schema(example = "东岳新区自贸片区建设推进会议") String name,
        @Schema(example = "meeting", allowableValues = {"meeting", "forum", "ceremony", "signing", "inspection", "visit", "other"},
                nullable = true) String kind,
        @Schema(format = "date", example = "2023-07-20", nullable = true) String date,
        @Schema(example = "东岳新区", nullable = true) String region,
        @Schema(example = "区行政中心", nullable = true) String place,
        @Schema(description = "How many people attended.", example = "2") long attendees) {
}
