package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.entity.NameWalker;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.text.Clauses;
import newsgraph.extract.text.StartGate;

/**
 * What the event rules share: the lexicons, the verbs by use, the article-lead pattern (本报讯
 * 3月5日上午，…) and the overlap checks of the precedence policy. Immutable, thread-safe.
 */
final class RuleKit {
    /** A clause character, as a regex class (see {@link Clauses}). */
    static final String IN = Clauses.INSIDE;
    static final Pattern LEADING = Pattern.compile("^(本报[^讯]{0,10}讯|[\\p{IsHan}]{1,8}?[社网报台][^，。（(\\d]{0,8}\\d{1,2}月\\d{1,2}日[电讯])?\\s*([（(][^）)]{0,30}[）)])?\\s*((\\d{1,2}月)?\\d{1,2}日|今天|今日|昨天|昨日|近日|日前|当天|当日)?(上午|下午|晚上|晚间|晚|早上|中午)?[，,]?\\s*");
    static final Pattern DATED_START = Pattern.compile("^(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|今天|昨天|当天|当日)(?:上午|下午|晚上|晚间|晚|早上|中午)?[，,]");
    /**
     * A later sentence that opens a new part of a trip or a day (在沪期间，; 调研期间，; 3月30日，; 随后，;
     * 会后，): an act told there is one of its own, not more of the event before.
     */
    static final Pattern NEW_ACT = Pattern.compile("^\\s*(?:在" + IN + "{1,8}期间|" + IN + "{1,6}期间|(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午|晚上)?|(?:同日|当天|当日)(?:上午|下午|晚上)?|随后|之后|此后|会后)[，,]");
    /** A subject that only plans or proposes the event (将召开, 拟举办). */
    static final Pattern MODAL = Pattern.compile("(将|拟|即将|计划|准备|要|筹备|决定|同意|建议|预计|有望)(?:组织|在" + IN + "{0,20}|于" + IN + "{0,20})?$");
    static final Pattern BACK_REFERENCE = Pattern.compile("^(该|此|这|本|其|上述)");
    private static final Pattern LISTED = Pattern.compile("等[\\d一二三四五六七八九十百余多]*[场个项次]|^[\\d一二两三四五六七八九十百千万余多]+[场个项次]");

    final Lexicons lex;
    final NameWalker walker;
    final EventVerbs verbs;

    RuleKit(Lexicons lex) {
        this.lex = lex;
        this.walker = new NameWalker(lex);
        this.verbs = new EventVerbs(lex.eventVerbs());
    }

    /** A gate at the first characters of {@code words}: for a pattern every match of which begins with one of them. */
    static StartGate firstsOf(List<String> words) {
        StringBuilder b = new StringBuilder();
        words.forEach(w -> b.append(w.charAt(0)));
        return new StartGate(b.toString());
    }

    /**
     * How many characters of quotation wrap {@code name} on each side (“X论坛” gives 1): a name
     * quoted whole is its inside, so its head noun is found before the closing mark; 0 when the
     * marks are not one pair around the whole name.
     */
    static int quoteWrap(String name) {
        if (name.length() > 2 && (name.charAt(0) == '“' && name.endsWith("”") || name.charAt(0) == '"' && name.endsWith("\""))
                && name.indexOf(name.charAt(name.length() - 1), 1) == name.length() - 1) {
            return 1;
        }
        return 0;
    }

    /** The kind of the event head noun {@code name} ends with, or null. */
    String headOf(String name) {
        return lex.eventKinds().longestEndingAt(name, name.length());
    }

    String kindOf(String head) {
        return lex.eventKinds().value(head, 1);
    }

    /** The clause without its lead (本报讯 3月5日上午，…). */
    static String leadStripped(String clause) {
        Matcher lead = LEADING.matcher(clause);
        return (lead.lookingAt() ? clause.substring(lead.end()) : clause).strip();
    }

    /** Whether no event found so far covers position {@code pos}. */
    static boolean overlapsNone(List<EventDraft> found, int pos) {
        for (EventDraft e : found) {
            if (e.start <= pos && e.end >= pos) {
                return false;
            }
        }
        return true;
    }

    /** Whether no event found so far has {@code what} in its name (X揭牌仪式 already holds X). */
    static boolean noneNamed(List<EventDraft> found, String what) {
        for (EventDraft e : found) {
            if (e.name.contains(what)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An event only mentioned, when {@code name} ends with an event head noun after a specific part,
     * is no list or count (甲论坛、乙推介会等20余场配套活动; 2万场采购会) and neither holds nor lies inside an
     * event found.
     */
    void addMentioned(List<EventDraft> found, String name, int start) {
        String head = headOf(name);
        if (head == null || walker.specificPart(name.substring(0, name.length() - head.length())).length() < 2
                || name.indexOf('、') >= 0 || LISTED.matcher(name).find()) {
            return;
        }
        int end = start + name.length();
        for (EventDraft e : found) {
            if (e.start <= start && e.end >= end || start <= e.start && end >= e.end) {
                return;
            }
        }
        found.add(new EventDraft(name, kindOf(head), start, end, true));
    }

    boolean boundaryEndingAt(String s, int pos) {
        String w = lex.nameBoundaries().longestEndingAt(s, pos);
        return w != null && w.length() >= 2;
    }
}
