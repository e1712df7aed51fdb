package newsgraph.query;

import java.util.List;
import java.util.Map;

/**
 * Rows of a saved query as JSON-ready values. {@code truncated} is true when there were more
 * rows than {@code rowLimit} allows.
 */
public record QueryResult(String query, List<String> columns, List<Map<String, Object>> rows, boolean truncated,
        int rowLimit) {
    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
