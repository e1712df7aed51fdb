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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Events: filtered and paginated, or one by id with attendees, organizers and articles. */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventController {

    private static final Set<String> FILTERS = Set.of("person", "organization", "kind", "from", "to", "page", "size");

    private final SavedQueries queries;

    public EventController(SavedQueries queries) {
        this.queries = queries;
    }

    /** A page of events; {@code totalAtLeast}: the count stopped at its cap, there are more than {@code total}. */
    public record EventPage(List<Map<String, Object>> items, int page, int size, long total, boolean totalAtLeast) {}

    /** Events newest first, filtered by person, organization, kind and date range (YYYY-MM-DD). */
    @Get
    public EventPage list(HttpRequest<?> request, @Nullable @QueryValue String person,
            @Nullable @QueryValue String organization, @Nullable @QueryValue String kind,
            @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        Requests.onlyParameters(request, FILTERS);
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1) {
            throw new IllegalArgumentException("page starts at 1, got " + p);
        }
        if (s < 1 || s > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100, got " + s);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("person", person);
        params.put("organization", organization);
        params.put("kind", kind);
        params.put("from", from);
        params.put("to", to);
        params.put("skip", (long) (p - 1) * s);
        params.put("limit", s);
        List<Map<String, Object>> rows = queries.rows("events", params);
        long total = rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("total")).longValue();
        boolean atLeast = !rows.isEmpty() && Boolean.TRUE.equals(rows.getFirst().get("totalAtLeast"));
        rows.forEach(r -> {
            r.remove("total");
            r.remove("totalAtLeast");
        });
        return new EventPage(rows, p, s, total, atLeast);
    }

    /** One event with attendees by role (with evidence), organizers, place and articles. */
    @Get("/{id}")
    public Map<String, Object> event(@PathVariable String id) {
        return queries.rows("event-detail", Map.of("event", id)).stream()
                .filter(r -> id.equals(r.get("id")))
                .findFirst()
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no event with id '" + id + "'"));
    }
}
