package newsgraph.query;

import java.util.Objects;

/**
 * A declared parameter of a saved query. A required one has no default; an optional one has a
 * default, already converted to its type, which may be null ({@code = null} in the header: the
 * query then treats the parameter as "any").
 */
public record QueryParam(String name, ParamType type, boolean required, Object defaultValue, String description) {
    public QueryParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("parameter '" + name + "' cannot be required and have a default");
        }
        description = description == null ? "" : description;
    }
}
