package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/parks/{name}. */
@Schema(description = "A park: aliases, projects with investment, their total.")
public record ParkDetail(
        @Schema(example = "东岳智造园") String name,
        List<String> aliases,
        List<ParkProject> projects,
        @Schema(description = "Sum of the projects' stated investments, in yuan.", example = "1500000000") double totalInvestmentYuan,
        @Schema(example = "1") long mentionedIn) {
}
