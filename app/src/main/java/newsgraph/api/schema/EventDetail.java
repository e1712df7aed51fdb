package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/events/{id}. */
@Schema(description = "An event: attendees by role with evidence, organizers (主办, 协办, 承办 in that order), place, date, articles.")
public record EventDetail(
        @Schema(example = "9a1b2c3d4e5f60718293a4b5c6d7e8f9") String id,
        @Schema(example = "东岳新区自贸片区建设推进会议") String name,
        @Schema(description = "Other names it was reported under.") List<String> aliases,
        @Schema(example = "meeting", allowableValues = {"meeting", "forum", "ceremony", "signing", "inspection", "visit", "other"},
                nullable = true) String kind,
        @Schema(format = "date", example = "2023-07-20", nullable = true) String date,
        @Schema(example = "东岳新区", nullable = true) String region,
        @Schema(example = "区行政中心", nullable = true) String place,
        List<Attendee> attendees,
        List<EventOrganizer> organizers,
        List<EventArticle> articles) {
}
