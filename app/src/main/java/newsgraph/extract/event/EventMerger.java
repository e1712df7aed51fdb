package newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.extract.lexicon.Lexicon;
import newsgraph.extract.lexicon.Lexicons;

/**
 * Near-duplicate events of one article: an event reported under a name that contains, or is
 * contained in, the name of an event reported earlier in the article (X揭牌 and X揭牌仪式, X签约
 * and X签约仪式) is that earlier event told again; so is X揭牌 after X成立大会暨揭牌仪式: a name
 * ending with an act of {@code role-verbs.tsv} (揭牌, 签约) whose rest, X, the other name holds with
 * the same act after it. The two become one: the earlier draft, its name and evidence, with the
 * participants, roles and organizers of both (and the later one's date or place when the earlier
 * has none). In the lead of an article, an {@link EventDraft#act} (甲、乙共同为X揭牌, 见证X签约)
 * after an event reported there is part of that event, whatever the two are called
 * (X挂牌仪式举行。甲为X揭牌。).
 *
 * <p>Not merged: events only mentioned; names shorter than {@value #MIN_NAME} characters; two
 * events on different known days; and a longer name whose extra words end with an event head
 * noun of {@code event-kinds.tsv} other than a ceremony's (X大会 and X大会筹备工作推进会 are two
 * events: the second is a meeting about the first). Stateless and thread-safe.
 */
public final class EventMerger {
    static final int MIN_NAME = 4;
    /** Kinds of head noun that only name the ceremony of an event (仪式, 开幕式, 签约仪式). */
    private static final Set<String> CEREMONIAL = Set.of("ceremony", "signing");

    private final Lexicon eventKinds;
    private final Lexicon roleVerbs;

    public EventMerger(Lexicons lex) {
        this.eventKinds = lex.eventKinds();
        this.roleVerbs = lex.roleVerbs();
    }

    /**
     * The events of one article in text order, near-duplicates merged into the first of them;
     * {@code leadEnd} is where the article's lead ends (its first two sentences).
     */
    public List<EventDraft> merge(List<EventDraft> events, int leadEnd) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            EventDraft same = e.mentionedOnly ? null : earlierSame(out, e);
            if (same == null && e.act && e.start < leadEnd) {
                same = lastReported(out);
                if (same != null && otherAct(same, e)) {
                    same = null; // 在X签约现场，甲为Y揭牌: a signing and an unveiling are two acts
                }
            }
            if (same == null) {
                if (!e.mentionedOnly) {
                    out.removeIf(k -> k.mentionedOnly && k.name.equals(e.name)); // mentioned first (召开的X), then reported
                }
                out.add(e);
            } else {
                absorb(same, e);
            }
        }
        return out;
    }

    /** Whether both names end with an act of role-verbs.tsv, and the acts differ (X签约, Y揭牌). */
    private boolean otherAct(EventDraft a, EventDraft b) {
        String x = roleVerbs.longestEndingAt(a.name, a.name.length());
        String y = roleVerbs.longestEndingAt(b.name, b.name.length());
        return x != null && y != null && !roleVerbs.value(x, 1).equals(roleVerbs.value(y, 1));
    }

    private static EventDraft lastReported(List<EventDraft> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (!kept.get(i).mentionedOnly) {
                return kept.get(i);
            }
        }
        return null;
    }

    private EventDraft earlierSame(List<EventDraft> kept, EventDraft e) {
        for (EventDraft k : kept) {
            if (!k.mentionedOnly && sameEvent(k, e)) {
                return k;
            }
        }
        return null;
    }

    private boolean sameEvent(EventDraft a, EventDraft b) {
        if (a.date != null && b.date != null && !a.date.equals(b.date)) {
            return false;
        }
        String shorter = a.name.length() <= b.name.length() ? a.name : b.name;
        String longer = shorter == a.name ? b.name : a.name;
        int at = longer.indexOf(shorter);
        int afterStart = at + shorter.length();
        if (at < 0) {
            // X揭牌 and X成立大会暨揭牌仪式: X, then the same act further on
            String act = roleVerbs.longestEndingAt(shorter, shorter.length());
            String core = act == null ? "" : shorter.substring(0, shorter.length() - act.length());
            at = core.isEmpty() ? -1 : longer.indexOf(core);
            if (at < 0 || longer.indexOf(act, at + core.length()) < 0) {
                return false;
            }
            shorter = core;
            afterStart = at + core.length();
        }
        if (shorter.length() < MIN_NAME) {
            return false;
        }
        String after = longer.substring(afterStart);
        String head = eventKinds.longestEndingAt(after, after.length());
        return head == null || CEREMONIAL.contains(eventKinds.value(head, 1));
    }

    /** The later draft's people, roles and organizers added to the earlier one. */
    private static void absorb(EventDraft first, EventDraft later) {
        for (Map.Entry<String, Set<String>> r : later.roles.entrySet()) {
            int[] ev = later.roleEvidence.get(r.getKey());
            for (String role : r.getValue()) {
                first.addRole(r.getKey(), role, ev[0], ev[1]);
            }
        }
        for (int i = 0; i < later.organizers.size(); i++) {
            String[] o = later.organizers.get(i);
            boolean known = first.organizers.stream().anyMatch(x -> x[0].equals(o[0]) && x[1].equals(o[1]));
            if (!known) {
                first.organizers.add(o);
                first.organizerEvidence.add(later.organizerEvidence.get(i));
            }
        }
        if (first.date == null) {
            first.date = later.date;
        }
        if (first.place == null) {
            first.place = later.place;
        }
    }
}
