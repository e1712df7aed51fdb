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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.api.schema.ArticleDetail;
import newsgraph.api.schema.CoAttendee;
import newsgraph.api.schema.Namesake;
import newsgraph.api.schema.Namesakes;
import newsgraph.api.schema.OrganizationDetail;
import newsgraph.api.schema.ParkDetail;
import newsgraph.api.schema.PeopleNamed;
import newsgraph.api.schema.PersonDetail;
import newsgraph.api.schema.PersonEvent;
import newsgraph.api.schema.PersonSummary;
import newsgraph.api.schema.Rows;
import newsgraph.api.schema.SearchHit;
import newsgraph.api.schema.SearchResults;
import newsgraph.api.schema.TitleSpan;

/** People, organizations, parks and articles by name, alias or id, and search across them. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
public class EntityController {

    /**
     * The events a person's page lists, and so the shared events it asks co-attendance for: each of them
     * can be marked with who else was there.
     */
    static final int PERSON_PAGE_EVENTS = 1000;

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
    @Tag(name = "people")
    @Operation(operationId = "getPerson", summary = "A person by key or name")
    @ApiResponse(responseCode = "200", description = "The person, with titles, events and co-attendees")
    @NotFoundResponse
    public PersonDetail person(@Parameter(description = "The person's key (name@region, as in search results) or name",
            example = "林海峰") @PathVariable String name) {
        List<Map<String, Object>> found = queries.rows("person", Map.of("name", name));
        if (found.isEmpty()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no person named '" + name + "'");
        }
        Map<String, Object> p = found.getFirst();
        String key = (String) p.get("key");
        List<PersonSummary> namesakes = Rows.all(queries.rows("people-named", Map.of("name", p.get("name"))), PersonSummary.class)
                .stream().filter(n -> !key.equals(n.key())).toList();
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) p.get("roles");
        @SuppressWarnings("unchecked")
        List<String> regions = (List<String>) p.get("regions");
        return new PersonDetail((String) p.get("name"), key, roles, (String) p.get("region"), regions,
                (String) p.get("title"), ((Number) p.get("mentionedIn")).longValue(), ((Number) p.get("wrote")).longValue(),
                namesakes,
                Rows.all(queries.rows("person-titles", Map.of("name", key)), TitleSpan.class),
                queries.rows("person-events", Map.of("name", key, "limit", PERSON_PAGE_EVENTS)).stream().map(r -> {
                    Map<String, Object> row = new HashMap<>(r);
                    row.remove("more"); // the page lists up to 1,000 events
                    return Rows.as(row, PersonEvent.class);
                }).toList(),
                // As many shared events of each co-attendee as the page lists events (the saved query's default is ten).
                Rows.all(queries.rows("co-attendance", Map.of("name", key, "events", PERSON_PAGE_EVENTS)), CoAttendee.class));
    }

    /** The people who go by a name, each with key, region and latest title: namesakes apart. */
    @Get("/people")
    @Tag(name = "people")
    @Operation(operationId = "listPeopleNamed", summary = "The people who go by a name")
    @ApiResponse(responseCode = "200", description = "The people of that name (none: an empty list)")
    public PeopleNamed people(HttpRequest<?> request,
            @Parameter(description = "The name, in full", required = true, example = "林海峰") @Nullable @QueryValue String name) {
        Requests.onlyParameters(request, Set.of("name"));
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("give the name as ?name=");
        }
        return new PeopleNamed(name.strip(), Rows.all(queries.rows("people-named", Map.of("name", name.strip())), PersonSummary.class));
    }

    /** Names held by more than one person, with what tells them apart (regions, titles, organizations). */
    @Get("/namesakes")
    @Tag(name = "people")
    @Operation(operationId = "listNamesakes", summary = "Names held by more than one person")
    @ApiResponse(responseCode = "200", description = "Every person of every shared name")
    public Namesakes namesakes(HttpRequest<?> request,
            @Parameter(description = "Only this name (all names when absent)") @Nullable @QueryValue String name) {
        Requests.onlyParameters(request, Set.of("name"));
        Map<String, Object> params = new HashMap<>();
        params.put("name", name == null || name.isBlank() ? null : name.strip());
        params.put("limit", 1000);
        return new Namesakes(queries.rows("namesakes", params).stream().map(r -> {
            Map<String, Object> row = new HashMap<>(r);
            row.remove("more"); // the API lists every namesake (up to its 1,000)
            return Rows.as(row, Namesake.class);
        }).toList());
    }

    /** An organization: kind, aliases, positions and their holders, events organized. */
    @Get("/organizations/{name}")
    @Tag(name = "organizations")
    @Operation(operationId = "getOrganization", summary = "An organization by key, name or alias")
    @ApiResponse(responseCode = "200", description = "The organization")
    @NotFoundResponse
    public OrganizationDetail organization(HttpRequest<?> request, @Parameter(description = "The organization's key, name or an alias",
            example = "东岳新区工委") @PathVariable String name,
            @Parameter(description = "At most this many events organized, newest first", schema = @Schema(minimum = "1", maximum = "200",
                    defaultValue = "20")) @Nullable @QueryValue Integer limit) {
        Requests.onlyParameters(request, Set.of("limit"));
        // A page of the events organized: a hub organizes thousands (issue 12), event-organizers pages further.
        int n = Requests.bounded("limit", limit, 20, 200);
        return Rows.as(one("organization", Map.of("name", name, "limit", n), "organization", name), OrganizationDetail.class);
    }

    /** A park: aliases, its largest projects with investment (more: there are more), total. */
    @Get("/parks/{name}")
    @Tag(name = "parks")
    @Operation(operationId = "getPark", summary = "A park by name or alias, with its largest projects")
    @ApiResponse(responseCode = "200", description = "The park")
    @NotFoundResponse
    public ParkDetail park(HttpRequest<?> request,
            @Parameter(description = "The park's name or an alias", example = "东岳智造园") @PathVariable String name,
            @Parameter(description = "At most this many projects, largest first", schema = @Schema(minimum = "1", maximum = "200",
                    defaultValue = "10")) @Nullable @QueryValue Integer limit) {
        Requests.onlyParameters(request, Set.of("limit"));
        // A page of projects, each with its evidence: a park of hundreds is read a page at a time (issue 12).
        int n = Requests.bounded("limit", limit, 10, 200);
        return Rows.as(one("park", Map.of("name", name, "limit", n), "park", name), ParkDetail.class);
    }

    /** An article by id: title, date, source, url, text, and the events it reports or mentions. */
    @Get("/articles/{id}")
    @Tag(name = "articles")
    @Operation(operationId = "getArticle", summary = "An article by id, with its text")
    @ApiResponse(responseCode = "200", description = "The article")
    @NotFoundResponse
    public ArticleDetail article(@Parameter(description = "The article's id (articleId of evidence, id of search results)")
            @PathVariable String id) {
        return queries.rows("article", Map.of("article", id)).stream()
                .filter(r -> id.equals(r.get("id")))
                .findFirst()
                .map(r -> {
                    Map<String, Object> row = new HashMap<>(r);
                    row.remove("more"); // one article by id: there is never a next page
                    return Rows.as(row, ArticleDetail.class);
                })
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no article with id '" + id + "'"));
    }

    /** Anything whose name, title or alias contains {@code q}, exact matches first, with the total. */
    @Get("/search")
    @Tag(name = "search")
    @Operation(operationId = "search", summary = "Find people, organizations, parks, projects, events and positions")
    @ApiResponse(responseCode = "200", description = "What was found (none: an empty list)")
    public SearchResults search(HttpRequest<?> request,
            @Parameter(description = "The text to look for: part of a name, title or alias", required = true, example = "自贸片区")
            @Nullable @QueryValue String q,
            @Parameter(description = "At most this many results", schema = @Schema(minimum = "1", maximum = "200",
                    defaultValue = "25")) @Nullable @QueryValue Integer limit) {
        Requests.onlyParameters(request, Set.of("q", "limit"));
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("give the text to search for as ?q=");
        }
        int n = Requests.bounded("limit", limit, 25, 200);
        List<Map<String, Object>> rows = queries.rows("search", Map.of("q", q.strip(), "limit", n));
        long total = rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("total")).longValue();
        List<SearchHit> hits = rows.stream().map(r -> {
            Map<String, Object> row = new HashMap<>(r);
            row.remove("total");
            row.put("href", href((String) row.get("type"), (String) row.get("id")));
            return Rows.as(row, SearchHit.class);
        }).toList();
        return new SearchResults(q.strip(), total, hits);
    }

    /** The API path that describes a search hit; projects and positions have none of their own. */
    private static String href(String type, String id) {
        String path = switch (type == null ? "" : type) {
            case "person" -> "/api/people/";
            case "event" -> "/api/events/";
            case "organization" -> "/api/organizations/";
            case "park" -> "/api/parks/";
            default -> null;
        };
        return path == null ? null : path + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, Object> one(String query, Map<String, Object> params, String what, String name) {
        List<Map<String, Object>> rows = queries.rows(query, params);
        if (rows.isEmpty()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no " + what + " named '" + name + "'");
        }
        return rows.getFirst();
    }
}
