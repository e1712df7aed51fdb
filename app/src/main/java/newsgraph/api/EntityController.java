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

    /**
     * A person by key (王军@临江市) or name: who they are (region, latest title), their titles over
     * time, and their events with roles and evidence. A name held by several people gives the most
     * mentioned one, with the others in {@code namesakes} (key, region, latest title).
     */
    @Get("/people/{name}")
    public Map<String, Object> person(@PathVariable String name) {
        List<Map<String, Object>> found = queries.rows("person", Map.of("name", name));
        if (found.isEmpty()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no person named '" + name + "'");
        }
        Map<String, Object> person = new LinkedHashMap<>(found.getFirst());
        String key = (String) person.get("key");
        person.put("namesakes", queries.rows("people-named", Map.of("name", person.get("name"))).stream()
                .filter(p -> !key.equals(p.get("key"))).toList());
        person.put("titles", queries.rows("person-titles", Map.of("name", key)));
        person.put("events", queries.rows("person-events", Map.of("name", key, "limit", 1000)));
        person.put("coAttendees", queries.rows("co-attendance", Map.of("name", key)));
        return person;
    }

    /** The people who go by a name, each with key, region and latest title: namesakes apart. */
    @Get("/people")
    public Map<String, Object> people(HttpRequest<?> request, @Nullable @QueryValue String name) {
        Requests.onlyParameters(request, Set.of("name"));
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("give the name as ?name=");
        }
        return Map.of("name", name.strip(), "people", queries.rows("people-named", Map.of("name", name.strip())));
    }

    /** Names held by more than one person, with what tells them apart (regions, titles, organizations). */
    @Get("/namesakes")
    public Map<String, Object> namesakes(HttpRequest<?> request, @Nullable @QueryValue String name) {
        Requests.onlyParameters(request, Set.of("name"));
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("name", name == null || name.isBlank() ? null : name.strip());
        params.put("limit", 1000);
        return Map.of("namesakes", queries.rows("namesakes", params));
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
