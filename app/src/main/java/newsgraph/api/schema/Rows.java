package newsgraph.api.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * Saved-query rows as the API's records. A column a record does not declare is an error
 * (IllegalStateException), not a field silently dropped: the spec promises these shapes.
 */
public final class Rows {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Rows() {}

    public static <T> T as(Map<String, Object> row, Class<T> type) {
        try {
            return JSON.convertValue(row, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a saved query's row does not fit " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static <T> List<T> all(List<Map<String, Object>> rows, Class<T> type) {
        return rows.stream().map(r -> as(r, type)).toList();
    }
}
