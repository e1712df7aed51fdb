package newsgraph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event being built for one article: where it is named ([start, end) in the clean text), its
 * kind, date, place, and the people and organizations attached to it so far. Mutable, confined to the
 * thread extracting the article.
 */
public final class EventDraft {
    /** Not final: a headline's shortened name gives way to the body's full one ({@link EventMerger}). */
    public String name;
    public final String kind;
    public final int start;
    public final int end;
    public final boolean mentionedOnly;
    public LocalDate date;
    public String place;
    /**
     * Named by an act its participants perform (为X揭牌, 见证X签约) rather than by a name of its own:
     * in the lead of an article that has reported an event already, it is part of that event.
     */
    public boolean act;
    /**
     * The occasion an {@link #act} took place at (甲为X揭牌 at the conference or signing the article
     * reports), or null: its participants were at that occasion too, and speeches and chairing belong
     * to it.
     */
    public EventDraft within;
    /** Found in the article's headline: the event the body goes on to report, if it names none before. */
    public boolean headline;
    /**
     * Where the sentence of the last speech at this event ends, while the sentences after it name nobody
     * who does not speak (-1 otherwise): the next speaker's words come from the same floor.
     */
    public int speechRunEnd = -1;
    public final Map<String, Set<String>> roles = new LinkedHashMap<>();
    public final Map<String, int[]> roleEvidence = new LinkedHashMap<>();
    public final List<String[]> organizers = new ArrayList<>();
    public final List<int[]> organizerEvidence = new ArrayList<>();

    public EventDraft(String name, String kind, int start, int end, boolean mentionedOnly) {
        this.name = name;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.mentionedOnly = mentionedOnly;
    }

    /** This draft under a shorter name at [start, end), with everything else it holds. */
    public EventDraft cut(String newName, int newStart, int newEnd) {
        EventDraft c = new EventDraft(newName, kind, newStart, newEnd, mentionedOnly);
        c.date = date;
        c.place = place;
        c.act = act;
        c.within = within;
        c.headline = headline;
        c.speechRunEnd = speechRunEnd;
        c.roles.putAll(roles);
        c.roleEvidence.putAll(roleEvidence);
        c.organizers.addAll(organizers);
        c.organizerEvidence.addAll(organizerEvidence);
        return c;
    }

    /** This draft as an event only mentioned (an earlier year's event named as background). */
    public EventDraft mentioned() {
        EventDraft m = new EventDraft(name, kind, start, end, true);
        m.date = date;
        m.place = place;
        return m;
    }

    /**
     * Gives {@code person} a role; anyone with a part in the event was there, so {@code attended}
     * comes with every role (the convention of the gold annotations: a chair, a speaker, a host of
     * a 会见 and a delegation leader all attended).
     */
    public void addRole(String person, String role, int evStart, int evEnd) {
        Set<String> rs = roles.computeIfAbsent(person, k -> new LinkedHashSet<>());
        rs.add("attended");
        rs.add(role);
        roleEvidence.putIfAbsent(person, new int[] {evStart, evEnd});
    }
}
