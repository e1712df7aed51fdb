package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A person holding office, with every title as written ({@code titles}, what the scorer reads) and
 * the same titles split into organization and post ({@code positions}, with evidence).
 * {@code present} is false for a leader who is only quoted or whose speech is studied.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Official(String name, List<String> titles, List<Position> positions, boolean present) {
    public Official {
        Objects.requireNonNull(name, "name");
        titles = List.copyOf(Objects.requireNonNullElse(titles, List.of()));
        positions = List.copyOf(Objects.requireNonNullElse(positions, List.of()));
    }
}
