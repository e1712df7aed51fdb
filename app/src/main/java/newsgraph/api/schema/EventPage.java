package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/events: a page of events and how many match in all. */
@Schema(description = "A page of events, newest first (undated last), with the total number matching.")
public record EventPage(
        List<EventSummary> items,
        @Schema(description = "This page's number, from 1.", example = "1") int page,
        @Schema(description = "At most this many items per page.", example = "20") int size,
        @Schema(description = "How many events match in all (with totalAtLeast: at least this many).", example = "5") long total,
        @Schema(description = "True when counting stopped at its cap (without a person or organization, ten pages past this page's start: "
                + "1,000 for pages of 100): "
                + "more events match than total.", example = "false") boolean totalAtLeast) {
}
