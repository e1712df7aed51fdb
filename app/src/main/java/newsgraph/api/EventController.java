package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.api.schema.EventDetail;
import newsgraph.api.schema.EventPage;
import newsgraph.api.schema.EventSummary;
import newsgraph.api.schema.Rows;

/** Events: filtered and paginated, or one by id with attendees, organizers and articles. */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "events")
@ProblemResponses
public class EventController {

    private static final Set<String> FILTERS = Set.of("person", "organization", "kind", "from", "to", "page", "size");

    /** The kinds of event the extractor tells apart (model.Event). */
    static final List<String> KINDS = List.of("meeting", "forum", "ceremony", "signing", "inspection", "visit", "other");

    private final SavedQueries queries;

    public EventController(SavedQueries queries) {
        this.queries = queries;
    }

    /** Events newest first (undated last), filtered by person, organization, kind and date range. */
    @Get
    @Operation(operationId = "listEvents", summary = "Events newest first, filtered and paginated")
    @ApiResponse(responseCode = "200", description = "A page of events")
    public EventPage list(HttpRequest<?> request,
            @Parameter(description = "Only events this person attended: their key (name@region) or name", example = "林海峰")
            @Nullable @QueryValue String person,
            @Parameter(description = "Only events this organization organized: its name or an alias")
            @Nullable @QueryValue String organization,
            @Parameter(description = "Only events of this kind", schema = @Schema(type = "string",
                    allowableValues = {"meeting", "forum", "ceremony", "signing", "inspection", "visit", "other"}))
            @Nullable @QueryValue String kind,
            @Parameter(description = "Earliest date, YYYY-MM-DD (undated events appear only without from and to)",
                    schema = @Schema(type = "string", format = "date")) @Nullable @QueryValue String from,
            @Parameter(description = "Latest date, YYYY-MM-DD", schema = @Schema(type = "string", format = "date"))
            @Nullable @QueryValue String to,
            @Parameter(description = "Page number, from 1", schema = @Schema(minimum = "1", defaultValue = "1"))
            @Nullable @QueryValue Integer page,
            @Parameter(description = "Events per page", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
            @Nullable @QueryValue Integer size) {
        Requests.onlyParameters(request, FILTERS);
        int p = page == null ? 1 : page;
        if (p < 1) {
            throw new IllegalArgumentException("page starts at 1, got " + p);
        }
        int s = Requests.bounded("size", size, 20, 100);
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS + ", got '" + kind + "'");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("person", person);
        params.put("organization", organization);
        params.put("kind", kind);
        params.put("from", date("from", from));
        params.put("to", date("to", to));
        params.put("skip", (long) (p - 1) * s);
        params.put("limit", s);
        List<Map<String, Object>> rows = queries.rows("events", params);
        long total = rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("total")).longValue();
        boolean atLeast = !rows.isEmpty() && Boolean.TRUE.equals(rows.getFirst().get("totalAtLeast"));
        List<EventSummary> items = rows.stream().map(r -> {
            Map<String, Object> row = new HashMap<>(r);
            row.remove("total");
            row.remove("totalAtLeast");
            return Rows.as(row, EventSummary.class);
        }).toList();
        return new EventPage(items, p, s, total, atLeast);
    }

    /** One event with attendees by role (with evidence), organizers, place and articles. */
    @Get("/{id}")
    @Operation(operationId = "getEvent", summary = "One event by id: attendees by role with evidence, organizers, articles")
    @ApiResponse(responseCode = "200", description = "The event")
    @NotFoundResponse
    public EventDetail event(@Parameter(description = "The event's id (id in event lists and search results)")
            @PathVariable String id) {
        return queries.rows("event-detail", Map.of("event", id)).stream()
                .filter(r -> id.equals(r.get("id")))
                .findFirst()
                .map(r -> Rows.as(r, EventDetail.class))
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no event with id '" + id + "'"));
    }

    /** A date parameter checked here, so the message names it (the query runner would say "parameter 'from'"). */
    private static String date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }
}
