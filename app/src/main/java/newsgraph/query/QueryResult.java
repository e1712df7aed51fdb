package newsgraph.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /**
     * At most {@code rowLimit} rows of {@code records}, each made JSON-ready by {@code row}; the rest
     * is not read, only noted as {@code truncated} (the driver's and the embedded result alike).
     */
    public static <R> QueryResult firstRows(String query, List<String> columns, Iterator<R> records,
            Function<R, Map<String, Object>> row, int rowLimit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (records.hasNext()) {
            if (rows.size() == rowLimit) {
                truncated = true;
                break;
            }
            rows.add(row.apply(records.next()));
        }
        return new QueryResult(query, columns, rows, truncated, rowLimit);
    }
}
