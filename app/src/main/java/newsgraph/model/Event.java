package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A meeting, forum, ceremony, signing, inspection or 会见. {@code kind} is one of meeting, forum,
 * ceremony, signing, inspection, visit (会见/会谈), other. {@code mentionedOnly} marks a past or
 * future event named in passing: it has no participants.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(
        String name,
        List<String> aliases,
        String kind,
        String date,
        String place,
        List<Participant> participants,
        List<Organizer> organizers,
        boolean mentionedOnly,
        Evidence evidence) {

    public Event {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
        participants = List.copyOf(Objects.requireNonNullElse(participants, List.of()));
        organizers = List.copyOf(Objects.requireNonNullElse(organizers, List.of()));
    }
}
