package newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.text.Clauses;

/**
 * A meeting of people, right after a person's name: {@code 甲（在某地）与乙（代表团）举行会谈} (both
 * sides meet; at a 会见 the guest attends), else {@code 甲（在某地）会见（了）乙…}, named by the whole
 * clause (甲 met, the people after the verb attended). Kind {@code visit}.
 */
final class MeetingRule implements EventRule {
    private static final Pattern GROUP = Pattern.compile("一行|代表团|考察团|访问团|客人|嘉宾|客商|企业家");

    private final RuleKit kit;
    private final Pattern talks;
    private final Pattern meet;
    private final Pattern sitTalks;

    MeetingRule(RuleKit kit) {
        this.kit = kit;
        String meets = kit.verbs.alternation("meets");
        String attends = kit.verbs.alternation("attends");
        String manner = "(?:" + kit.verbs.alternation("manner") + "){0,2}";
        this.talks = Pattern.compile("^(?:一行|等)?(?:(?:" + attends + ")" + RuleKit.IN + "{2,40}?并)?(?:在([^，。；、]{2,20}?))?(?:与|同)([^。；！？]{2,60}?)(?:举行|进行)(?:了)?" + manner + "(" + meets + ")");
        // 甲一行与乙（进行了）座谈, 甲率队与乙会谈: a delegation's talks, named as the text names them
        this.sitTalks = Pattern.compile("^(一行|率队|等)?(?:在([^，。；、]{2,20}?))?(?:与|同)([^。；！？，]{2,60}?)(?:(?:举行|进行)(?:了)?" + manner + "(座谈会|座谈|会谈|会晤)|" + manner + "(座谈|会谈|会晤)(?!会))");
        // 甲，在某地会见了乙: a subject set off by a comma; 甲院士亲切会见: a post the name carries, a manner word;
        // 甲18日在某地会见: a wire story's day
        this.meet = Pattern.compile("^(?:一行|等|院士|教授|[，,](?=在))?(?:\\d{1,2}日(?:上午|下午|晚上)?)?(?:在([^，。；、]{2,20}?))?" + manner + "(" + meets + ")(了)?");
    }

    /**
     * Where the guests after the verb end: the clause end, or past 一行 when the guests run over
     * a comma to it (会见甲公司董事长乙，总经理丙一行，并…), with no 并 on the way.
     */
    private static int guestsEnd(String s, int os) {
        int ce = Clauses.end(s, os);
        int group = s.indexOf("一行", ce);
        if (group > 0 && group - os <= 60) {
            String between = s.substring(ce, group);
            if (between.indexOf('并') < 0 && between.chars().noneMatch(c -> Clauses.SENTENCE_ENDS.indexOf(c) >= 0 || c == '；')) {
                return group + 2;
            }
        }
        return ce;
    }

    /**
     * The guests as the name gives them: as written, or for a list of three people or more, the first
     * item and 等 (会见甲公司董事长乙、丙、丁等一行 → 会见甲公司董事长乙等一行), as a text names a delegation.
     */
    private static String guestsName(RuleInput in, String s, int os, int ce) {
        String guests = s.substring(os, ce);
        int named = 0;
        for (PersonMention p : in.people()) {
            named += p.start() >= in.base() + os && p.end() <= in.base() + ce ? 1 : 0;
        }
        int first = guests.indexOf('、');
        if (named < 3 || first < 2) {
            return guests;
        }
        return guests.substring(0, first) + "等" + (guests.endsWith("一行") ? "一行" : "");
    }

    /**
     * The other side as a name gives it: a list closed by 等 keeps its first item (与甲集团、乙公司等企业负责人
     * → 与甲集团等企业负责人), as a text names a group of hosts.
     */
    static String sideName(String side) {
        int first = side.indexOf('、');
        int etc = side.lastIndexOf('等');
        return first >= 2 && etc > first ? side.substring(0, first) + side.substring(etc) : side;
    }

    /** Whether a person is named in [os, ce) of the sentence. */
    private static boolean guestIn(RuleInput in, int os, int ce) {
        for (PersonMention p : in.people()) {
            if (p.start() >= in.base() + os && p.end() <= in.base() + ce) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "meeting";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        if (!kit.verbs.anyIn(s, "meets") && !s.contains("座谈")) {
            return;
        }
        int base = in.base();
        for (PersonMention pm : in.people()) {
            int rel = pm.end() - base;
            if (rel < 0 || rel > s.length()) {
                continue;
            }
            Matcher t = talks.matcher(s.substring(rel));
            if (t.lookingAt()) {
                int ce = rel + t.end();
                List<String> others = new ArrayList<>();
                for (PersonMention other : in.people()) {
                    if (other != pm && other.start() >= base + rel + t.start(2) && other.end() <= base + ce) {
                        others.add(other.name());
                    }
                }
                String side = t.group(2);
                if (side.chars().anyMatch(c -> Clauses.isEnd((char) c))) {
                    if (others.isEmpty()) {
                        continue; // 与 and 会谈 clauses apart, nobody named between: no talks of this person
                    }
                    side = String.join("、", others); // 与甲省副省长，某区书记乙举行会谈: named by the people
                }
                String name = pm.name() + "与" + side + "举行" + t.group(3);
                EventDraft e = new EventDraft(name, "visit", pm.start(), base + ce, false);
                e.place = t.group(1);
                e.addRole(pm.name(), "met", base, base + s.length());
                for (PersonMention other : in.people()) {
                    if (other != pm && other.start() >= base + rel && other.end() <= base + ce) {
                        e.addRole(other.name(), t.group(3).equals("会见") ? "attended" : "met", base, base + s.length());
                    }
                }
                found.add(e);
                continue;
            }
            Matcher st = sitTalks.matcher(s.substring(rel));
            if (st.lookingAt()) {
                int ce = rel + st.end();
                String verb = st.group(4) != null ? st.group(4) : st.group(5);
                String group = "一行".equals(st.group(1)) ? "一行" : "";
                EventDraft e = new EventDraft(pm.name() + group + "与" + sideName(st.group(3)) + verb, "visit", pm.start(), base + ce, false);
                e.place = st.group(2);
                // a 座谈 is a meeting the two sides sit in (座谈会 is of kind meeting): both attend; at 会谈 they meet
                String role = verb.startsWith("座谈") ? "attended" : "met";
                e.addRole(pm.name(), role, base, base + s.length());
                for (PersonMention other : in.people()) {
                    if (other != pm && other.start() >= base + rel + st.start(3) && other.end() <= base + ce) {
                        e.addRole(other.name(), role, base, base + s.length());
                    }
                }
                found.add(e);
                continue;
            }
            Matcher m = meet.matcher(s.substring(rel));
            if (m.lookingAt()) {
                int os = rel + m.end();
                int ce = Clauses.end(s, os);
                if (ce - os < 2 || !guestIn(in, os, ce) && !GROUP.matcher(s.substring(os, ce)).find()) {
                    continue; // 甲会见 with no guest named after it (a caption, 会见时表示) is no meeting
                }
                if (guestIn(in, os, ce)) {
                    ce = guestsEnd(s, os);
                }
                EventDraft e = new EventDraft(pm.name() + m.group(2) + guestsName(in, s, os, ce), "visit", pm.start(), base + ce, false);
                e.place = m.group(1);
                e.addRole(pm.name(), "met", base, base + s.length());
                for (PersonMention other : in.people()) {
                    if (other != pm && other.start() >= base + os && other.end() <= base + ce) {
                        e.addRole(other.name(), "attended", base, base + s.length());
                    }
                }
                found.add(e);
            }
        }
    }
}
