package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Someone who appears at events with a person, and at which. */
@Schema(description = "Someone seen at the same events as the person, how often, and at which events.")
public record CoAttendee(
        @Schema(example = "韩志远") String name,
        @Schema(example = "韩志远@临江市") String key,
        @Schema(example = "临江市", nullable = true) String region,
        @Schema(example = "东岳自贸片区管委主任", nullable = true) String title,
        @Schema(description = "How many events they share.", example = "2") long together,
        List<EventRef> events) {
}
