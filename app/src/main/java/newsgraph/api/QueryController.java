package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryParam;
import newsgraph.query.QueryResult;
import newsgraph.query.QueryRunner;
import newsgraph.query.SavedQuery;

/** The saved-query catalogue over HTTP: list, describe, run with declared parameters. */
@Controller("/api/queries")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "queries")
@ProblemResponses
public class QueryController {

    private final QueryCatalogue catalogue;
    private final QueryRunner runner;

    public QueryController(QueryCatalogue catalogue, QueryRunner runner) {
        this.catalogue = catalogue;
        this.runner = runner;
    }

    /** A saved query as the API describes it. */
    @Schema(name = "QueryInfo", description = "A saved query: what it answers, its parameters, an example of them.")
    public record QueryInfo(String name, String description, List<ParamInfo> params, Map<String, Object> example) {
        static QueryInfo of(SavedQuery q) {
            return new QueryInfo(q.name(), q.description(), q.params().stream().map(ParamInfo::of).toList(), q.example());
        }
    }

    /** A declared parameter: its type, whether it is required, its default. */
    @Schema(name = "QueryParam", description = "A declared parameter of a saved query.")
    public record ParamInfo(String name,
            @Schema(allowableValues = {"string", "integer", "float", "boolean", "date"}) String type,
            boolean required, @Nullable Object defaultValue, String description) {
        static ParamInfo of(QueryParam p) {
            Object def = p.defaultValue() instanceof java.time.LocalDate d ? d.toString() : p.defaultValue();
            return new ParamInfo(p.name(), p.type().label(), p.required(), def, p.description());
        }
    }

    @Get
    @Operation(operationId = "listQueries", summary = "The saved-query catalogue")
    @ApiResponse(responseCode = "200", description = "Every saved query")
    public List<QueryInfo> list() {
        return catalogue.all().stream().map(QueryInfo::of).toList();
    }

    @Get("/{name}")
    @Operation(operationId = "describeQuery", summary = "One saved query with its typed parameters")
    @ApiResponse(responseCode = "200", description = "The query")
    @NotFoundResponse
    public QueryInfo describe(@Parameter(description = "The query's name", example = "person-events") @PathVariable String name) {
        return QueryInfo.of(find(name));
    }

    /** Runs the query with a JSON object of parameters; only declared ones are accepted. */
    @Post("/{name}")
    @Operation(operationId = "runQuery", summary = "Run a saved query (read-only, with a timeout and a row limit)")
    @ApiResponse(responseCode = "200", description = "The rows; truncated says whether the row limit cut them")
    @NotFoundResponse
    @ApiResponse(responseCode = "504", description = "The query took longer than the server's limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QueryResult run(@Parameter(description = "The query's name", example = "search") @PathVariable String name,
            @RequestBody(description = "The query's parameters by name (GET /api/queries/{name} lists them); only declared ones",
                    content = @Content(schema = @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE),
                            examples = @ExampleObject(name = "search", value = "{\"q\": \"自贸片区\", \"limit\": 10}")))
            @Nullable @Body Map<String, Object> params) {
        return runner.run(find(name), params);
    }

    private SavedQuery find(String name) {
        return catalogue.get(name).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "no saved query named '" + name + "'; GET /api/queries lists them"));
    }
}
