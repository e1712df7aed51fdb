package newsgraph.api.schema;

import java.util.List;

/** GET /api/namesakes. */
public record Namesakes(List<Namesake> namesakes) {
}
