package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/people?name=. */
@Schema(description = "The people who go by a name, the most mentioned first.")
public record PeopleNamed(@Schema(example = "林海峰") String name, List<PersonSummary> people) {
}
