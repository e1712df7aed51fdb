package newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.text.Clauses;
import newsgraph.extract.text.StartGate;

/**
 * An event said to take place: {@code X（在Y）（隆重）召开/举行/举办/开幕/启动} at the end of a clause,
 * where X ends with an event head noun of {@code event-kinds.tsv}; Y is the place. Also an act done
 * to a project or a document ({@code builds} verbs: 开工, 奠基, 签约…): {@code X工程（在Y）正式开工},
 * {@code X项目完成签约}, {@code X协议在Y签署}, named X开工 (X a name of its own, of a strong suffix
 * of {@code project-suffixes.tsv}). The name drops the
 * article lead, a trailing time, an organizer list (由甲主办的X) and an announcer (甲宣布X开幕).
 */
final class HappensRule implements EventRule {
    private static final Pattern TRAILING_TIME = Pattern.compile("(?:(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日|今天|今日|昨天|昨日|当天|当日|近日|日前)(?:上午|下午|晚上|晚间|晚|早上|中午)?$");
    /**
     * A web page's timestamp (2016-11-30 21:31:36) or a wire dateline (新华社某地11月30日电（记者某某）)
     * inside the clause: a headline run into the lead has no punctuation between them, so the name
     * starts after the last of these.
     */
    private static final Pattern STAMP = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            + "|[\\p{IsHan}]{1,8}?[社网报台][^，。（(\\d]{0,8}\\d{1,2}月\\d{1,2}日[电讯]\\s*(?:[（(][^）)]{0,30}[）)])?");
    private static final Pattern ORGANIZED_BY = Pattern.compile("(?:主办|承办|协办|支持|指导|举办)的");

    /** A document a signing is told by (合作协议签署). */
    private static final Pattern DOCUMENT = Pattern.compile("(?:协议|合同|备忘录|意向书)》?$");
    /**
     * Projects counted or listed, not one named (共有28个项目签约, 6个汽车零部件项目签约, 甲、乙等项目开工, 一批项目),
     * the act is one of a list, told elsewhere if at all. A project described (位于某区的X项目投产) is
     * refused too; a document may be (甲与乙合作创办某校的协议签署).
     */
    private static final Pattern COUNTED = Pattern.compile("[\\d一二三四五六七八九十百余多]+[个项批家]|一批|等|、");
    /** A section tag a headline opens with: （经济）. */
    private static final Pattern SECTION = Pattern.compile("^[（(]\\p{IsHan}{1,4}[）)]");

    /** What may follow an act done to a project (开工建设) and stays out of the event's name. */
    private static final String BUILDING = "建设";
    /** What may stand between the place and the verb (隆重召开, 正式开工), at most two. */
    private static final List<String> MANNER = List.of("隆重", "正式", "成功", "同步", "顺利", "圆满", "盛大", "如期", "完成", "集中");
    /** What may follow the verb of a match. */
    private static final String AFTER_VERB = "。，；！";
    /** The most code points of the place (在Y). */
    private static final int PLACE_MAX = 25;

    private final RuleKit kit;
    private final Pattern happens;
    /** The verbs of both uses: a match ends with one, before {@link #AFTER_VERB} or the text's end. */
    private final List<String> verbs;
    /** The last characters of {@link #verbs}. */
    private final String verbEnds;
    /** The characters a match can begin with: 在, a manner word's or a verb's first. */
    private final StartGate starts;
    /** The most characters of a match: 在, the place (surrogate pairs counted twice), two manner words, a verb. */
    private final int span;

    HappensRule(RuleKit kit) {
        this.kit = kit;
        this.happens = Pattern.compile("(?:在((?:(?!在)[^，。；、]){1," + PLACE_MAX + "}?))?(?:" + String.join("|", MANNER) + "){0,2}("
                + kit.verbs.alternation("happens") + "|" + kit.verbs.alternation("builds") + ")(?=[" + AFTER_VERB + "]|$)");
        List<String> all = new ArrayList<>(kit.verbs.of("happens"));
        all.addAll(kit.verbs.of("builds"));
        this.verbs = List.copyOf(all);
        StringBuilder firsts = new StringBuilder("在");
        StringBuilder lasts = new StringBuilder();
        int longestVerb = 0;
        for (String v : verbs) {
            firsts.append(v.charAt(0));
            lasts.append(v.charAt(v.length() - 1));
            longestVerb = Math.max(longestVerb, v.length());
        }
        int longestManner = 0;
        for (String w : MANNER) {
            firsts.append(w.charAt(0));
            longestManner = Math.max(longestManner, w.length());
        }
        this.verbEnds = lasts.toString();
        this.starts = new StartGate(firsts.toString());
        this.span = 1 + 2 * PLACE_MAX + 2 * longestManner + longestVerb;
    }

    /** Whether a verb of {@link #verbs} ends at {@code end} before a mark that may follow it, or the text's end. */
    private boolean verbEndsAt(String s, int end) {
        if (end == 0 || end < s.length() && AFTER_VERB.indexOf(s.charAt(end)) < 0 || verbEnds.indexOf(s.charAt(end - 1)) < 0) {
            return false;
        }
        for (String v : verbs) {
            if (s.startsWith(v, end - v.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when {@code subject} cannot end with {@link #TRAILING_TIME}: its last character is a Han
     * character none of the pattern's words ends with. Spares a search from every position.
     */
    private static boolean mayEndWithTime(String subject) {
        if (subject.isEmpty()) {
            return false;
        }
        char last = subject.charAt(subject.length() - 1);
        return !Character.isIdeographic(last) || "日天前午上间晚".indexOf(last) >= 0;
    }

    /** Whether a person is named in [from, to) of the clean text (甲见证X协议签约: the act of people, told by another rule). */
    private static boolean personIn(RuleInput in, int from, int to) {
        return in.people().stream().anyMatch(p -> p.start() < to && p.end() > from);
    }

    @Override
    public String name() {
        return "happens";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        for (MatchResult m : matches(in.text())) {
            addEvent(in, m, found);
        }
    }

    /**
     * The matches {@code happens.matcher(s).find()} gives, found by trying the pattern only within
     * reach of a verb that ends a clause (every match ends there), at the characters a match begins
     * with: the long alternation is not tried at every position of the sentence.
     */
    List<MatchResult> matches(String s) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = happens.matcher(s);
        int from = 0;
        for (int verbEnd = 1; verbEnd <= s.length(); verbEnd++) {
            if (!verbEndsAt(s, verbEnd)) {
                continue;
            }
            while (starts.find(m, s, Math.max(from, verbEnd - span), verbEnd)) {
                from = StartGate.next(m);
                out.add(m.toMatchResult());
            }
            from = Math.max(from, verbEnd);
        }
        return out;
    }

    /** The matches of plain {@code find}, which {@link #matches} must equal (for tests). */
    List<MatchResult> matchesByFind(String s) {
        return happens.matcher(s).results().toList();
    }

    /** The event of one match of {@link #happens}, if it names one. */
    private void addEvent(RuleInput in, MatchResult m, List<EventDraft> found) {
        String s = in.text();
        int cs = Clauses.start(s, m.start());
        // STAMP (an any-Han start, lazily repeated) tried at every position showed in profiles; every
        // match holds a '-' (a timestamp) or 日电/日讯 (a dateline), so without them it is not run
        String beforeVerb = s.substring(cs, m.start());
        boolean mayHoldStamp = beforeVerb.indexOf('-') >= 0 || beforeVerb.contains("日电") || beforeVerb.contains("日讯");
        Matcher stamp = STAMP.matcher(mayHoldStamp ? beforeVerb : "");
        while (stamp.find()) {
            cs += stamp.end();
            stamp = STAMP.matcher(s.substring(cs, m.start()));
        }
        String subject = s.substring(cs, m.start());
        Matcher lead = RuleKit.LEADING.matcher(subject);
        int skip = lead.lookingAt() ? lead.end() : 0;
        int nameEnd = subject.length();
        Matcher tt = TRAILING_TIME.matcher(subject);
        if (mayEndWithTime(subject) && tt.find() && tt.start() > skip) {
            nameEnd = tt.start();
        }
        Matcher by = ORGANIZED_BY.matcher(subject.substring(0, nameEnd));
        while (by.find()) {
            skip = Math.max(skip, by.end()); // 由甲主办、乙承办的X论坛: the name starts after 的
        }
        if (skip >= nameEnd) {
            return;
        }
        int announced = subject.lastIndexOf("宣布", nameEnd);
        if (announced >= skip) {
            skip = announced + 2; // 某某宣布X开幕: the name is X
        }
        if (skip >= nameEnd) {
            return;
        }
        String raw = subject.substring(skip, nameEnd);
        String name = raw.strip();
        skip += raw.indexOf(name);
        int q = RuleKit.quoteWrap(name); // “X对接会”在某地举行: the name is inside the marks
        name = name.substring(q, name.length() - q);
        skip += q;
        String head = kit.headOf(name);
        String kind = head == null ? null : kit.kindOf(head);
        int start = in.base() + cs + skip;
        int end = start + name.length();
        if (!kit.verbs.is("happens", m.group(2))) {
            // 某某二期工程（6日）（在某地）正式开工, 甲与乙合作协议签署: the act done to a project or a document
            String suffix = kit.lex.projectSuffixes().longestEndingAt(name, name.length());
            boolean project = suffix != null && "strong".equals(kit.lex.projectSuffixes().value(suffix, 1));
            boolean document = DOCUMENT.matcher(name).find() && m.group(2).startsWith("签");
            String core = project ? name.substring(0, name.length() - suffix.length()) : name;
            if (!(project || document) || RuleKit.BACK_REFERENCE.matcher(core).find() || COUNTED.matcher(core).find() || project && core.indexOf('的') >= 0
                    || kit.walker.specificPart(core).length() < 4 || personIn(in, start, end)) {
                return;
            }
            Matcher section = SECTION.matcher(name);
            int sec = section.lookingAt() ? section.end() : 0;
            // X项目开工建设: the act is the groundbreaking, named X项目开工 as when 建设 is left out
            String act = m.group(2).endsWith(BUILDING) ? m.group(2).substring(0, m.group(2).length() - BUILDING.length()) : m.group(2);
            name = name.substring(sec) + act;
            start += sec;
            end = in.base() + m.end();
            kind = act.startsWith("签") ? "signing" : "ceremony";
            head = act;
        }
        if (head == null || name.length() - head.length() < 2 || name.length() > 90) {
            return;
        }
        EventDraft e = new EventDraft(name, kind, start, end, false);
        e.place = m.group(1);
        found.add(e);
    }
}
