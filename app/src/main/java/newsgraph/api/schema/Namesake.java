package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One of several people who share a name, with what tells them apart. */
@Schema(description = "One of several people sharing a name: regions, titles and organizations tell them apart.")
public record Namesake(
        @Schema(example = "王军") String name,
        @Schema(example = "王军@临江市") String key,
        List<String> roles,
        @Schema(nullable = true) String region,
        List<String> regions,
        @Schema(description = "Latest title seen.", nullable = true) String title,
        @Schema(description = "Every title seen.") List<String> titles,
        List<String> organizations) {
}
