package newsgraph.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * A visit or meeting of people named in the headline is the first one of its kind the body tells,
 * under the body's name (甲调研某园 above 甲来我市调研某工作).
 *
 * <p>An event only mentioned under a name a reported event's name ends with (X会议 after 甲市X会议) is
 * that event: it is dropped, as is one mentioned before it is reported under the same name.
 *
 * <p>Not merged: events only mentioned (otherwise); names shorter than {@value #MIN_NAME} characters; two
 * events on different known days; and a longer name whose extra words end with an event head
 * noun of {@code event-kinds.tsv} other than a ceremony's (X大会 and X大会筹备工作推进会 are two
 * events: the second is a meeting about the first). Stateless and thread-safe.
 */
public final class EventMerger {
    static final int MIN_NAME = 4;
    /** Kinds of head noun that only name the ceremony of an event (仪式, 开幕式, 签约仪式). */
    private static final Set<String> CEREMONIAL = Set.of("ceremony", "signing");
    /** Kinds of event told by who did it (a visit, a meeting of people): a headline's is the body's first of its kind. */
    private static final Set<String> PERSONAL = Set.of("inspection", "visit");

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
        Reported reported = new Reported();
        EventDraft lastReported = null;
        Map<String, Integer> reportedAt = new HashMap<>();
        Map<String, EventDraft> headlineVisit = new HashMap<>();
        Map<String, EventDraft> headlineEvent = new HashMap<>(); // other kinds: only the lead's event of its kind
        for (EventDraft e : events) {
            EventDraft same = e.mentionedOnly ? null : reported.earlierSame(e);
            EventDraft told = e.headline || e.mentionedOnly || !PERSONAL.contains(e.kind) ? null : headlineVisit.remove(e.kind);
            if (same == null && told == null && !e.headline && !e.mentionedOnly && e.start < leadEnd) {
                // 北湖县召开植树动员会 (headline), 北湖县植树动员大会召开 (lead): the headline shortens the name
                // of the event its lead reports, not always to a part of it; one of its kind sharing a word is that event
                EventDraft h = headlineEvent.remove(e.kind);
                if (h != null && sharesWord(h.name, e.name)) {
                    // the lead's draft stands for both (its sentence dates it), where the headline's stood
                    absorb(e, h);
                    out.set(out.indexOf(h), e);
                    reported.replace(h, e);
                    lastReported = e;
                    continue;
                }
            }
            if (same == null && told != null) {
                // 甲调研某园 (headline), 甲来我市调研某工作 (body): the headline names the visit the body tells
                absorb(told, e);
                told.name = e.name;
                told.headline = false;
                reported.reindex(told);
                continue;
            }
            if (same == null && e.act && e.start < leadEnd) {
                same = lastReported;
                if (same != null && otherAct(same, e)) {
                    same = null; // 在X签约现场，甲为Y揭牌: a signing and an unveiling are two acts
                }
            }
            if (same == null) {
                if (!e.mentionedOnly) {
                    reportedAt.put(e.name, out.size()); // a mention of that name before it is this event
                }
                out.add(e);
                if (!e.mentionedOnly) {
                    reported.add(e);
                    lastReported = e;
                    if (e.headline && PERSONAL.contains(e.kind)) {
                        headlineVisit.putIfAbsent(e.kind, e);
                    } else if (e.headline) {
                        headlineEvent.putIfAbsent(e.kind, e);
                    }
                }
            } else {
                absorb(same, e);
                if (same.headline && !e.headline && e.name.length() > same.name.length()) {
                    // a headline shortens (甲县召开X会议 names X会议): the body's fuller name is the event's
                    same.name = e.name;
                    reported.reindex(same);
                }
            }
        }
        // mentioned first (召开的X), then reported: the mention is the reported event (dropped in one pass,
        // not searched for at each event); so is a mention, before or after, under the end of a reported
        // name (市委中心组理论学习会 reported, 召开中心组理论学习会 said of it later): the same head noun
        // with fewer modifiers names the article's own event
        Set<String> reportedEnds = new HashSet<>();
        for (EventDraft k : out) {
            if (!k.mentionedOnly) {
                reportedEnds.add(k.name);
            }
            for (int i = 0; !k.mentionedOnly && i + MIN_NAME < k.name.length(); i++) {
                reportedEnds.add(k.name.substring(i + 1));
            }
        }
        List<EventDraft> kept = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            EventDraft k = out.get(i);
            Integer at = k.mentionedOnly ? reportedAt.get(k.name) : null;
            if ((at == null || at < i) && !(k.mentionedOnly && reportedEnds.contains(k.name))) {
                kept.add(k);
            }
        }
        return kept;
    }

    /** Whether two names share a two-character piece other than their head noun's last two characters (动员 in X动员会, Y动员大会). */
    private static boolean sharesWord(String a, String b) {
        int stop = Math.max(0, a.length() - 2);
        for (int i = 0; i + 2 <= stop; i++) {
            if (b.contains(a.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether both names end with an act of role-verbs.tsv, and the acts differ (X签约, Y揭牌). */
    private boolean otherAct(EventDraft a, EventDraft b) {
        String x = roleVerbs.longestEndingAt(a.name, a.name.length());
        String y = roleVerbs.longestEndingAt(b.name, b.name.length());
        return x != null && y != null && !roleVerbs.value(x, 1).equals(roleVerbs.value(y, 1));
    }

    /**
     * The reported events kept so far, indexed by the {@value #MIN_NAME}-character pieces of their
     * names: two names {@link #sameEvent} can join always have the first piece of the shorter (or of
     * its core before the act) inside the longer, so only events sharing such a piece are compared —
     * comparing every event with all those before it grew with the square of the article.
     */
    private final class Reported {
        private final List<EventDraft> kept = new ArrayList<>();
        /** piece → indices of kept events whose name holds it anywhere. */
        private final Map<String, List<Integer>> holding = new HashMap<>();
        /** piece → indices of kept events whose name starts with it. */
        private final Map<String, List<Integer>> starting = new HashMap<>();

        void add(EventDraft e) {
            kept.add(e);
            index(e, kept.size() - 1);
        }

        /** Puts {@code now} where {@code was} was kept, indexed under its own name too. */
        void replace(EventDraft was, EventDraft now) {
            int i = kept.indexOf(was);
            kept.set(i, now);
            index(now, i);
        }

        /** Indexes {@code e} again after it was renamed (rare: a headline's event, once per article). */
        void reindex(EventDraft e) {
            index(e, kept.indexOf(e));
        }

        /** Indexes the pieces of kept event {@code i}'s name (after a rename the old pieces stay, harmlessly). */
        private void index(EventDraft e, int i) {
            Set<String> pieces = new HashSet<>();
            for (int k = 0; k + MIN_NAME <= e.name.length(); k++) {
                pieces.add(e.name.substring(k, k + MIN_NAME));
            }
            for (String piece : pieces) {
                addIndex(holding, piece, i);
            }
            if (e.name.length() >= MIN_NAME) {
                addIndex(starting, e.name.substring(0, MIN_NAME), i);
            }
        }

        private void addIndex(Map<String, List<Integer>> map, String piece, int i) {
            List<Integer> at = map.computeIfAbsent(piece, x -> new ArrayList<>());
            if (at.isEmpty() || at.get(at.size() - 1) != i) {
                at.add(i);
            }
        }

        /** The first kept event that {@code e} reports again, or null. */
        EventDraft earlierSame(EventDraft e) {
            if (e.name.length() < MIN_NAME) {
                return null;
            }
            TreeSet<Integer> candidates = new TreeSet<>(holding.getOrDefault(e.name.substring(0, MIN_NAME), List.of()));
            for (int k = 0; k + MIN_NAME <= e.name.length(); k++) {
                candidates.addAll(starting.getOrDefault(e.name.substring(k, k + MIN_NAME), List.of()));
            }
            for (int i : candidates) {
                if (sameEvent(kept.get(i), e)) {
                    return kept.get(i);
                }
            }
            return null;
        }
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
