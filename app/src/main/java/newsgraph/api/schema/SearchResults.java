package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/search. */
@Schema(description = "What was found, exact matches first, and how many match in all (beyond limit).")
public record SearchResults(
        @Schema(example = "林海峰") String q,
        @Schema(description = "How many things match in all.", example = "1") long total,
        List<SearchHit> results) {
}
