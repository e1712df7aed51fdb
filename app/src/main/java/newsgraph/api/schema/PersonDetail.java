package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/people/{key or name}. */
@Schema(description = "A person: who they are, titles over time, events with roles and evidence, who else was there.")
public record PersonDetail(
        @Schema(example = "林海峰") String name,
        @Schema(example = "林海峰@临江市") String key,
        @Schema(example = "[\"Official\"]") List<String> roles,
        @Schema(example = "临江市", nullable = true) String region,
        @Schema(description = "Every region they were seen in.", example = "[\"临江市\"]") List<String> regions,
        @Schema(description = "Latest title seen.", example = "东岳新区工委副书记", nullable = true) String title,
        @Schema(example = "4") long mentionedIn,
        @Schema(description = "Articles they wrote (reporters).", example = "0") long wrote,
        @Schema(description = "Other people of the same name.") List<PersonSummary> namesakes,
        @Schema(description = "Titles over time, oldest first.") List<TitleSpan> titles,
        @Schema(description = "Events, newest first, undated last.") List<PersonEvent> events,
        @Schema(description = "People seen at the same events, most often first.") List<CoAttendee> coAttendees) {
}
