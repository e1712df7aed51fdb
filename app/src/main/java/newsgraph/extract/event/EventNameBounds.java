package newsgraph.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicon;
import newsgraph.extract.text.StartGate;

/**
 * Where an event's name starts and what may not stand inside it, by the grammar of a Chinese noun
 * phrase or clause: a name is what the event is called, not the clause reporting it. So a modifier
 * clause with 的 (主题为…的, 为期三天的, 由某局主办的, 甲带领的), a day or time word (3月5日, 今天下午, 日前),
 * a description (我国首次) and a back-reference (该公司, 其) are no part of it, a count (四次座谈会) names
 * several events, and a name holding a modal (将率, 将与) tells of an act
 * still to come. Applied by {@link EventRecognizer} to what every rule found. Stateless.
 */
final class EventNameBounds {
    /** What may follow a day word inside a name, and the acts after 将, by use (event-name-bounds.tsv). */
    private static final Lexicon BOUNDS = Lexicon.load("event-name-bounds.tsv");
    /** A part of the day after a day or time word. */
    private static final String PART_OF_DAY = "(?:上午|下午|晚上|晚间|早上|中午|晚)?";
    /** A day or time word: 3月5日, 今天, 昨日, 日前, 近日, 当天. */
    private static final String DAY = "(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|今天|今日|昨天|昨日|明天|明日|日前|近日|当天|当日)" + PART_OF_DAY;
    /** A day or time word opening a name (3月5日由…; 当日举行的…), with the comma a lead puts after it. */
    private static final Pattern OPENING_DAY = Pattern.compile("^" + DAY + "[，,]?");
    /** A day or time word inside a clause name, before its verb or modal (甲与乙6月20日签署; 甲今天下午将率团). */
    private static final Pattern INNER_DAY = Pattern.compile(DAY + "(?=" + alternation("after-day") + ")");
    /** The characters a {@link #DAY} begins with: {@link #INNER_DAY} is tried there only. */
    private static final StartGate DAY_STARTS = new StartGate("0123456789今昨明日近当");
    /** A day word naming the day of writing (今天, 当天): what it 将 do that day is the act reported. */
    private static final Pattern SAME_DAY = Pattern.compile("今天|今日|当天|当日");
    /**
     * A modifier clause opening a name and closed by 的: one led by 主题为, 为期, 由, 以, 历时, 一年一度, or one
     * ending with a verb of holding or organizing (某局主办的, 当日举行的).
     */
    private static final Pattern RELATIVE = Pattern.compile("^(?:(?:主题为|主题是|为期|由|以|历时|一年一度|每年一度)[^的]{0,60}?|[^的]{0,40}?(?:举行|举办|召开|主办|承办|协办|开幕|组织))的");
    /**
     * A clause naming who leads a group, opening a name and closed by 的 (甲带领的乙考察团一行前往某地): it
     * modifies the group, which is what the name is about.
     */
    private static final Pattern LEADER = Pattern.compile("^[^的，,。]{0,20}?(?:带领|率领|带队|领衔)的(?=[^的，,。]{0,20}?(?:团|组|队|一行))");
    /**
     * A description opening a name instead of its own words: 首次 (the first-ever, perhaps after the place
     * it is first in: 我国首次X会议, 全省首次X), not an edition (首届X is a name).
     */
    private static final Pattern FIRST_EVER = Pattern.compile("^(?:我国|全国|国内|我省|全省|我市|全市|本市|我区|全区|我县|全县)?首次");
    /** A count opening a name (四次座谈会, 两场招聘会, 多轮洽谈): several events of different days, not one. */
    private static final Pattern COUNT = Pattern.compile("^(?:[两二三四五六七八九十几多数]+|\\d+)(?:次|场|轮)");
    /** 在 right before the act of a visit (甲在访问某地期间): the frame of a time, not part of the act's name. */
    private static final Pattern AT_ACT = Pattern.compile("(?<=\\p{IsHan})在(?=访问|考察|调研|视察|参观)");
    /** A back-reference opening a name (该公司, 其, 这, 上述): the name says nothing of its own. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("^(?:该|其|这|此|上述)(?![次届项类])");
    /** A modal before an act in a name (甲将率团抵达, 甲将与乙签署): the act is still to come. */
    private static final Pattern MODAL = Pattern.compile("将(?:要)?(?:" + alternation("after-modal") + ")");

    private EventNameBounds() {
    }

    /**
     * {@code e} without a day or time word opening it or standing inside it, and without a modifier
     * clause with 的 opening it, when what stays still ends with the same head ({@code head} is the
     * event head noun found at its end, or null when the name is a clause); else {@code e} itself.
     */
    static EventDraft trimmed(EventDraft e, RuleKit kit) {
        String name = e.name;
        int start = e.start;
        Matcher day = OPENING_DAY.matcher(name);
        if (day.lookingAt() && day.end() > 0 && name.length() - day.end() >= 4) {
            start += day.end();
            name = name.substring(day.end());
        }
        Matcher rel = RELATIVE.matcher(name);
        if (name.indexOf('的') >= 0 && rel.lookingAt() && outsideQuotes(name, rel.end() - 1)) {
            String rest = name.substring(rel.end());
            String head = headOrAct(rest, kit);
            if (head != null && kit.walker.specificPart(rest.substring(0, rest.length() - head.length()).replaceAll("[“”《》]", "")).length() >= 2) {
                start += rel.end();
                name = rest;
            }
        }
        int de = lastDeOutsideQuotes(name);
        if (de >= 0 && name.length() >= LONG_NAME) {
            // 中国首个具有领先水平的某芯片诞生十周年纪念活动: a description of what is celebrated, closed by
            // 的, before a name that stands on its own (its head and a specific part of its own)
            String rest = name.substring(de + 1);
            String head = kit.headOf(rest);
            if (head != null && kit.walker.specificPart(rest.substring(0, rest.length() - head.length()).replaceAll("[“”《》]", "")).length() >= 4) {
                start += de + 1;
                name = rest;
            }
        }
        Matcher leader = LEADER.matcher(name);
        if (name.indexOf('的') >= 0 && leader.lookingAt() && name.length() - leader.end() >= 4 && outsideQuotes(name, leader.end() - 1)) {
            start += leader.end();
            name = name.substring(leader.end()); // 甲带领的乙考察团一行前往某地 → 乙考察团一行前往某地
        }
        Matcher first = FIRST_EVER.matcher(name);
        if (first.lookingAt()) {
            String rest = name.substring(first.end());
            String head = kit.headOf(rest);
            if (head != null && rest.length() - head.length() >= 2) {
                start += first.end();
                name = rest; // 我国首次农村能源工作会议 → 农村能源工作会议
            }
        }
        StringBuilder kept = new StringBuilder(name.length());
        Matcher inner = INNER_DAY.matcher(name);
        int from = 0;
        for (int at = 0; DAY_STARTS.find(inner, name, at); at = StartGate.next(inner)) {
            if (inner.start() > 0 && outsideQuotes(name, inner.start())) {
                kept.append(name, from, inner.start());
                from = inner.end();
                if (name.startsWith("将", from) && SAME_DAY.matcher(inner.group()).lookingAt()) {
                    from++; // 甲今天下午将率团抵达: an act of the day the report was written, told as it began
                }
            }
        }
        if (from > 0) {
            kept.append(name, from, name.length());
            name = kept.toString(); // the name keeps its place in the text; only the adverbial is gone
        }
        Matcher at = AT_ACT.matcher(name);
        if (name.indexOf('在') >= 0 && at.find()) {
            name = name.substring(0, at.start()) + name.substring(at.end()); // 甲在访问某地期间表示 → 甲访问某地
        }
        if (name.equals(e.name)) {
            return e;
        }
        return e.cut(name, start, e.end);
    }

    /** The event head noun {@code name} ends with, else the act it ends with (X项目开工, X签约), or null. */
    private static String headOrAct(String name, RuleKit kit) {
        String head = kit.headOf(name);
        if (head != null) {
            return head;
        }
        for (String v : kit.verbs.of("builds")) {
            if (name.endsWith(v)) {
                return v;
            }
        }
        return null;
    }

    /** Whether {@code name} opens with a count (四次座谈会, 两场招聘会): it names several events, not one. */
    static boolean counted(String name) {
        return COUNT.matcher(name).lookingAt();
    }

    /** Whether {@code name} opens with a back-reference (该公司与乙签署…): it names nothing of its own. */
    static boolean opensWithBackReference(String name) {
        return BACK_REFERENCE.matcher(name).lookingAt();
    }

    /** Whether {@code name} holds a modal before its act (将率, 将与…签署): nothing has happened yet. */
    static boolean planned(String name) {
        return name.indexOf('将') >= 0 && MODAL.matcher(name).find();
    }

    /** A name this long that holds 的 carries a description (几十个字的 names are clauses about the event). */
    private static final int LONG_NAME = 24;

    /** The position of the last 的 of {@code name} outside quotation and title marks, or -1. */
    private static int lastDeOutsideQuotes(String name) {
        for (int i = name.lastIndexOf('的'); i >= 0; i = name.lastIndexOf('的', i - 1)) {
            if (outsideQuotes(name, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether position {@code pos} of {@code name} stands outside quotation and title marks. */
    private static boolean outsideQuotes(String name, int pos) {
        int depth = 0;
        for (int i = 0; i < pos; i++) {
            char c = name.charAt(i);
            if (c == '“' || c == '《' || c == '「') {
                depth++;
            } else if ((c == '”' || c == '》' || c == '」') && depth > 0) {
                depth--;
            }
        }
        return depth == 0;
    }

    /** The words of one use of {@code event-name-bounds.tsv} as a regex alternation, longest first. */
    private static String alternation(String use) {
        StringBuilder alt = new StringBuilder();
        for (String word : BOUNDS.keysLongestFirst()) {
            if (java.util.List.of(BOUNDS.value(word, 1).split(",")).contains(use)) {
                alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(word));
            }
        }
        if (alt.isEmpty()) {
            throw new IllegalStateException("event-name-bounds.tsv has no word for use '" + use + "'");
        }
        return alt.toString();
    }
}
