package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** An industrial park, eco-park, economic zone or pilot-zone area (产业园, 生态园, 经济区, 片区...). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Park(String name, List<String> aliases, Evidence evidence) {
    public Park {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
    }
}
