package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;

/** An event an organization organized, and in which role. */
@Schema(description = "An event the organization organized, in its role.")
public record OrganizedEvent(
        @Schema(example = "9a1b2c3d4e5f60718293a4b5c6d7e8f9") String id,
        @Schema(example = "东岳自贸片区重点项目签约仪式") String name,
        @Schema(format = "date", example = "2024-01-18", nullable = true) String date,
        @Schema(example = "host", allowableValues = {"host", "co_host", "undertaker"}) String role) {
}
