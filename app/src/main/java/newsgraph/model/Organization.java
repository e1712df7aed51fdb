package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A party or government body, congress, company, association, university... {@code kind} is one of
 * party, government, congress, company, association, university, institute, other.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organization(String name, String kind, List<String> aliases, Evidence evidence) {
    public Organization {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
    }
}
