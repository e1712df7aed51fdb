package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** An organization that organized an event: role host (主办), co_host (协办) or undertaker (承办). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organizer(String name, String role, Evidence evidence) {
    public Organizer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
