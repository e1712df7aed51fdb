package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/parks/{name}. */
@Schema(description = "A park: aliases, its largest projects with investment (more: there are more), the total over all of them.")
public record ParkDetail(
        @Schema(example = "东岳智造园") String name,
        List<String> aliases,
        List<ParkProject> projects,
        @Schema(description = "Sum of the projects' stated investments, in yuan.", example = "1500000000") double totalInvestmentYuan,
        @Schema(example = "1") long mentionedIn,
        @Schema(description = "How many projects the park has, listed or not.", example = "1") long projectCount,
        @Schema(description = "True when the park has more projects than are listed (ask again with a larger limit).") boolean more) {
}
