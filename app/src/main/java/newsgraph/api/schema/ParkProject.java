package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A project located in a park. */
@Schema(description = "A project in the park, with its latest stated investment.")
public record ParkProject(
        @Schema(example = "青松智造智能装备项目") String name,
        @Schema(description = "Latest stated investment, in yuan.", example = "1500000000", nullable = true) Double investmentYuan,
        List<Evidence> evidence) {
}
