package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A project with its investment in yuan (null when none is stated for it alone) and the park it
 * is in (null when not stated).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Project(String name, List<String> aliases, Long investmentYuan, String park, Evidence evidence) {
    public Project {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
    }
}
