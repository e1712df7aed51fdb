package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;

/** Someone seen holding a title of an organization, between two article dates. */
@Schema(description = "A person seen holding a title, between the first and last article dates that state it.")
public record PositionHolder(
        @Schema(example = "东岳新区工委副书记") String title,
        @Schema(description = "The person's name.", example = "林海峰") String name,
        @Schema(example = "林海峰@临江市") String key,
        @Schema(example = "临江市", nullable = true) String region,
        @Schema(format = "date", example = "2023-07-20", nullable = true) String since,
        @Schema(format = "date", example = "2024-03-15", nullable = true) String until) {
}
