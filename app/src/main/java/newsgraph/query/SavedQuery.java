package newsgraph.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One file of cypher/: a read-only query with its name, description, declared parameters and an
 * example set of parameters (which the tests run and Browser's guide offers).
 */
public record SavedQuery(String name, String description, List<QueryParam> params, Map<String, Object> example,
        String cypher, String file) {

    public SavedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cypher, "cypher");
        params = List.copyOf(params);
        example = Map.copyOf(example);
    }

    public QueryParam param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
    }
}
