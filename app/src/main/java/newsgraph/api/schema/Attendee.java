package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A person at an event, with their roles and the sentences that say so. */
@Schema(description = "A person at the event: roles and evidence; key, region and latest title tell namesakes apart.")
public record Attendee(
        @Schema(example = "林海峰") String name,
        @Schema(example = "林海峰@临江市") String key,
        @Schema(example = "临江市", nullable = true) String region,
        @Schema(description = "Latest title seen.", example = "东岳新区工委副书记", nullable = true) String title,
        @Schema(description = "The titles the reporting articles give them: their titles at the time of the event"
                + " (null where the query does not say).", example = "[\"东岳新区工委副书记\"]", nullable = true)
        List<String> titlesAtEvent,
        @Schema(example = "[\"attended\", \"spoke\"]") List<String> roles,
        List<Evidence> evidence) {
}
