package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicons;

/**
 * Which event the article has told a participation clause is about, when the clause names it again
 * instead of telling a new one: by an object after 出席/参加 (出席签约仪式, 参加会议, 出席该活动, or a
 * part of the event's own name), or by the act its own verb names (会见, 会谈, 签约, 调研: a 会见 and a
 * 签约 told in one article are two acts, and 参加会见 joins the 会见). Latest event first; null when
 * nothing told fits, so the caller keeps the event being reported. Only the {@value #RECENT} latest
 * events are looked at. Immutable, thread-safe.
 */
public final class EventReference {
    /** Words that point back at an event (该活动, 此次会议, 当天的仪式) rather than name one. */
    private static final Pattern POINTER = Pattern.compile("^(?:该|此|这|本次|此次|这次|上述|当天的|当日的|今天的|昨天的|本届|这场|此项)");
    private static final int MIN_NAME = 4;
    /** How many of the latest events told are looked at: a clause refers back to a recent one (and a long page stays linear). */
    private static final int RECENT = 16;

    private final RuleKit kit;

    public EventReference(Lexicons lex) {
        this.kit = new RuleKit(lex);
    }

    /**
     * The event of {@code told} that {@code object}, the object of 出席/参加, names: an event whose
     * name holds it or lies inside it (4 characters at least); else, for a bare head noun (签约仪式,
     * 奠基仪式, 会议, 仪式), the latest event of that act or kind. Null when the object is the name of
     * an event not told yet, or no head noun.
     */
    public EventDraft byObject(String object, List<EventDraft> told) {
        String obj = POINTER.matcher(object.strip()).replaceFirst("");
        String head = kit.headOf(obj);
        if (head == null) {
            return null;
        }
        for (int i = told.size() - 1; i >= Math.max(0, told.size() - RECENT); i--) {
            EventDraft e = told.get(i);
            if (!e.mentionedOnly && obj.length() >= MIN_NAME && e.name.length() >= MIN_NAME
                    && (e.name.contains(obj) || obj.contains(e.name))) {
                return e;
            }
        }
        if (kit.walker.specificPart(obj.substring(0, obj.length() - head.length())).length() >= 2) {
            return null; // an event of its own name, not told before
        }
        // 签约仪式 → a signing; 奠基仪式 → an event named by 奠基; 仪式 → the latest ceremony or signing
        String stem = head.endsWith("仪式") ? head.substring(0, head.length() - 2) : "";
        String kind = kit.kindOf(head);
        for (int i = told.size() - 1; i >= Math.max(0, told.size() - RECENT); i--) {
            EventDraft e = told.get(i);
            if (e.mentionedOnly) {
                continue;
            }
            boolean fits = e.name.endsWith(head)
                    || !stem.isEmpty() && (e.name.contains(stem) || kind.equals(e.kind) && !"ceremony".equals(kind))
                    || stem.isEmpty() && "ceremony".equals(kind) && ("ceremony".equals(e.kind) || "signing".equals(e.kind))
                    || stem.isEmpty() && kind.equals(e.kind) && !"other".equals(kind);
            if (fits) {
                return e;
            }
        }
        return null;
    }

    /**
     * The latest event of {@code told} that is the act {@code verb} names: a meeting for 会见/会谈
     * (meets), a visit for 调研/考察 (inspects), a signing for 签约/签署. Null for other verbs.
     */
    public EventDraft byAct(String verb, String role, List<EventDraft> told) {
        String kind = kit.verbs.is("meets", verb) ? "visit"
                : kit.verbs.is("inspects", verb) ? "inspection"
                : "signed".equals(role) ? "signing" : null;
        if (kind == null) {
            return null;
        }
        for (int i = told.size() - 1; i >= Math.max(0, told.size() - RECENT); i--) {
            EventDraft e = told.get(i);
            if (!e.mentionedOnly && (kind.equals(e.kind) || "signing".equals(kind) && e.name.contains(verb))) {
                return e;
            }
        }
        return null;
    }
}
