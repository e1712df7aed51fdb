package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.api.schema.Evidence;
import newsgraph.api.schema.RelationshipEvidence;

/**
 * The evidence between two entities (the relationship-evidence saved query), a page at a time: a hub
 * official and a title they held in thousands of articles have thousands of records (issue 12).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
public class EvidenceController {

    /** How far a client may page: beyond it, narrow the question (one event's id rather than a name). */
    static final int MAX_SKIP = 100_000;

    private final SavedQueries queries;

    public EvidenceController(SavedQueries queries) {
        this.queries = queries;
    }

    @Get("/evidence")
    @Tag(name = "evidence")
    @Operation(operationId = "getRelationshipEvidence", summary = "The sentences that state the relationships between two entities")
    @ApiResponse(responseCode = "200", description = "A page of records (none: an empty list)")
    public RelationshipEvidence evidence(HttpRequest<?> request,
            @Parameter(description = "One side: a key (an event's id), name, title or alias", required = true, example = "林海峰")
            @Nullable @QueryValue String from,
            @Parameter(description = "The other side: a key, name, title or alias, or an article's title (for its reporters)",
                    required = true, example = "东岳新区自贸片区建设推进会议") @Nullable @QueryValue String to,
            @Parameter(description = "At most this many records, oldest article first", schema = @Schema(minimum = "1", maximum = "200",
                    defaultValue = "20")) @Nullable @QueryValue Integer limit,
            @Parameter(description = "Records passed over first (the next page: skip + limit)", schema = @Schema(minimum = "0",
                    maximum = "100000", defaultValue = "0")) @Nullable @QueryValue Integer skip) {
        Requests.onlyParameters(request, Set.of("from", "to", "limit", "skip"));
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("give both sides as ?from= and ?to=");
        }
        int n = Requests.bounded("limit", limit, 20, 200);
        int s = Requests.within("skip", skip, 0, 0, MAX_SKIP);
        List<Map<String, Object>> rows = queries.rows("relationship-evidence",
                Map.of("from", from.strip(), "to", to.strip(), "limit", n, "skip", s));
        long total = rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("total")).longValue();
        boolean more = !rows.isEmpty() && Boolean.TRUE.equals(rows.getFirst().get("more"));
        return new RelationshipEvidence(from.strip(), to.strip(), total, s, more, rows.stream().map(EvidenceController::record).toList());
    }

    private static RelationshipEvidence.Record record(Map<String, Object> r) {
        String sentence = r.get("sentence") == null ? "" : (String) r.get("sentence");
        Integer start = r.get("textStart") == null ? null : ((Number) r.get("textStart")).intValue();
        Integer end = r.get("textEnd") == null ? null : ((Number) r.get("textEnd")).intValue();
        String id = (String) r.get("articleId");
        Evidence evidence = new Evidence(sentence, start, end, id,
                (String) r.get("heading"), "/api/articles/" + id);
        return new RelationshipEvidence.Record((String) r.get("relationship"), (String) r.get("role"),
                r.get("date") == null ? null : r.get("date").toString(), evidence);
    }
}
