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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** People, organizations, parks and articles by name, alias or id, and search across them. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EntityController {

    private final SavedQueries queries;

    public EntityController(SavedQueries queries) {
        this.queries = queries;
    }

    /** A person: who they are, their titles over time, and their events with roles and evidence. */
    @Get("/people/{name}")
    public Map<String, Object> person(@PathVariable String name) {
        Map<String, Object> person = new LinkedHashMap<>(one("person", Map.of("name", name), "person", name));
        person.put("titles", queries.rows("person-titles", Map.of("name", name)));
        person.put("events", queries.rows("person-events", Map.of("name", name, "limit", 1000)));
        person.put("coAttendees", queries.rows("co-attendance", Map.of("name", name)));
        return person;
    }

    /** An organization: kind, aliases, positions and their holders, events organized. */
    @Get("/organizations/{name}")
    public Map<String, Object> organization(@PathVariable String name) {
        return one("organization", Map.of("name", name), "organization", name);
    }

    /** A park: aliases, projects with investment, total. */
    @Get("/parks/{name}")
    public Map<String, Object> park(@PathVariable String name) {
        return one("park", Map.of("name", name), "park", name);
    }

    /** An article by id: title, date, source, url, text, and the events it reports or mentions. */
    @Get("/articles/{id}")
    public Map<String, Object> article(@PathVariable String id) {
        return queries.rows("article", Map.of("article", id)).stream()
                .filter(r -> id.equals(r.get("id")))
                .findFirst()
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no article with id '" + id + "'"));
    }

    /** Anything whose name, title or alias contains {@code q}. */
    @Get("/search")
    public Map<String, Object> search(HttpRequest<?> request, @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer limit) {
        Requests.onlyParameters(request, Set.of("q", "limit"));
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("give the text to search for as ?q=");
        }
        int n = limit == null ? 25 : limit;
        if (n < 1 || n > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200, got " + n);
        }
        List<Map<String, Object>> results = queries.rows("search", Map.of("q", q.strip(), "limit", n));
        return Map.of("q", q.strip(), "results", results);
    }

    private Map<String, Object> one(String query, Map<String, Object> params, String what, String name) {
        List<Map<String, Object>> rows = queries.rows(query, params);
        if (rows.isEmpty()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no " + what + " named '" + name + "'");
        }
        return rows.getFirst();
    }
}
