package newsgraph.query;

import java.util.Objects;

/**
 * A declared parameter of a saved query. {@code defaultValue} is already converted to its type;
 * a parameter without one is required.
 */
public record QueryParam(String name, ParamType type, Object defaultValue, String description) {
    public QueryParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }

    public boolean required() {
        return defaultValue == null;
    }
}
