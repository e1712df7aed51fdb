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
public class QueryController {

    private final QueryCatalogue catalogue;
    private final QueryRunner runner;

    public QueryController(QueryCatalogue catalogue, QueryRunner runner) {
        this.catalogue = catalogue;
        this.runner = runner;
    }

    /** A saved query as the API describes it. */
    public record QueryInfo(String name, String description, List<ParamInfo> params, Map<String, Object> example) {
        static QueryInfo of(SavedQuery q) {
            return new QueryInfo(q.name(), q.description(), q.params().stream().map(ParamInfo::of).toList(), q.example());
        }
    }

    /** A declared parameter: its type, whether it is required, its default. */
    public record ParamInfo(String name, String type, boolean required, @Nullable Object defaultValue, String description) {
        static ParamInfo of(QueryParam p) {
            Object def = p.defaultValue() instanceof java.time.LocalDate d ? d.toString() : p.defaultValue();
            return new ParamInfo(p.name(), p.type().label(), p.required(), def, p.description());
        }
    }

    @Get
    public List<QueryInfo> list() {
        return catalogue.all().stream().map(QueryInfo::of).toList();
    }

    @Get("/{name}")
    public QueryInfo describe(@PathVariable String name) {
        return QueryInfo.of(find(name));
    }

    /** Runs the query with a JSON object of parameters; only declared ones are accepted. */
    @Post("/{name}")
    public QueryResult run(@PathVariable String name, @Nullable @Body Map<String, Object> params) {
        return runner.run(find(name), params);
    }

    private SavedQuery find(String name) {
        return catalogue.get(name).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "no saved query named '" + name + "'; GET /api/queries lists them"));
    }
}
