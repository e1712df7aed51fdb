package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A person at an event with roles: attended, chaired, spoke, met, led, inspected, accompanied,
 * signed, announced, witnessed (see {@link Roles}); {@code title} is the first title the person
 * holds in the article the event is told in (副市长), or null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Participant(String name, List<String> roles, Evidence evidence, String title) {
    public Participant {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
    }

    public Participant(String name, List<String> roles, Evidence evidence) {
        this(name, roles, evidence, null);
    }
}
