package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A meeting, forum, ceremony, signing, inspection or 会见. {@code kind} is one of meeting, forum,
 * ceremony, signing, inspection, visit (会见/会谈), other. {@code mentionedOnly} marks a past or
 * future event named in passing: it has no participants. {@code dateSource} says how the year of
 * {@code date} is known: {@code given} (the caller's date), {@code metadata} (a page header or metadata
 * line), {@code file name}, {@code text} (written with the date, or the year the text names), {@code era}
 * (the one year national political markers leave, see DateResolver) or {@code weekday} (the one year in
 * that window whose day falls on the weekday written with it). With no year known, {@code date} is null
 * and {@code monthDay} holds the month and day the text states ({@code --MM-DD}), if any.
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
        Evidence evidence,
        String monthDay,
        String dateSource) {

    /** An event with no partial date and no note of how its date is known. */
    public Event(String name, List<String> aliases, String kind, String date, String place, List<Participant> participants,
                 List<Organizer> organizers, boolean mentionedOnly, Evidence evidence) {
        this(name, aliases, kind, date, place, participants, organizers, mentionedOnly, evidence, null, null);
    }

    public Event {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
        participants = List.copyOf(Objects.requireNonNullElse(participants, List.of()));
        organizers = List.copyOf(Objects.requireNonNullElse(organizers, List.of()));
    }
}
