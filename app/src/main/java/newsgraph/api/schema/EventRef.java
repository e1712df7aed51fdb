package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;

/** An event named in passing: enough to link to it. */
@Schema(description = "An event named in passing: its id (GET /api/events/{id}), name and date.")
public record EventRef(
        @Schema(example = "9a1b2c3d4e5f60718293a4b5c6d7e8f9") String id,
        @Schema(example = "东岳新区自贸片区建设推进会议") String name,
        @Schema(format = "date", example = "2023-07-20", nullable = true) String date) {
}
