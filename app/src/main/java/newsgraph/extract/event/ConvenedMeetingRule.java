package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.text.Clauses;

/**
 * A meeting named by its convener: {@code 某某常委会召开（专题/常务…）会议}, {@code 某中心组举行集体学习}:
 * the subject (an organization or an event body) and the bare head noun make the name; or by its
 * topic: {@code 就X召开协调会} is X协调会.
 */
final class ConvenedMeetingRule implements EventRule {
    private final RuleKit kit;
    private final Pattern bareHead;
    private final Pattern topic;

    ConvenedMeetingRule(RuleKit kit) {
        this.kit = kit;
        this.bareHead = Pattern.compile("(" + kit.verbs.alternation("holds") + ")(了)?((?:专题|常务|全体|扩大|工作|全体（扩大）|（扩大）)?(?:会议|座谈会)"
                + "|(?:\\d{4}年(?:度)?)?(?:第[一二三四五六七八九十\\d]+次)?(?:专题)?(?:集体学习|学习会))(?=[，。；]|$)");
        this.topic = Pattern.compile("就(" + RuleKit.IN + "{2,30}?)(?:专门|专题)?(" + kit.verbs.alternation("holds") + ")(?:了)?(" + RuleKit.IN + "{1,8}?)(?=[，。；]|$)");
    }

    /**
     * 就X召开协调会: a meeting named by its topic X and a bare head noun (协调会, 座谈会, 专题会议);
     * the name is X协调会.
     */
    private void topical(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        Matcher t = topic.matcher(s);
        while (t.find()) {
            String head = kit.headOf(t.group(3));
            int cs = Clauses.start(s, t.start());
            if (head == null || kit.walker.specificPart(t.group(3).substring(0, t.group(3).length() - head.length())).length() >= 2
                    || RuleKit.MODAL.matcher(s.substring(cs, t.start())).find() || kit.walker.specificPart(t.group(1)).length() < 4
                    || !RuleKit.overlapsNone(found, in.base() + t.start(1))) {
                continue;
            }
            found.add(new EventDraft(t.group(1) + t.group(3), kit.kindOf(head), in.base() + t.start(1), in.base() + t.end(), false));
        }
    }

    @Override
    public String name() {
        return "convened-meeting";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        if (!kit.verbs.anyIn(s, "happens")) {
            return;
        }
        if (s.indexOf('就') >= 0) {
            topical(in, found);
        }
        Matcher bare = bareHead.matcher(s);
        while (bare.find()) {
            int cs = Clauses.start(s, bare.start());
            String subject = RuleKit.leadStripped(s.substring(cs, bare.start()));
            if (subject.length() < 2 || subject.length() > 25 || RuleKit.MODAL.matcher(subject).find()
                    || kit.lex.orgSuffixes().longestEndingAt(subject, subject.length()) == null
                        && kit.headOf(subject) == null) {
                continue;
            }
            int ns = bare.start() - subject.length();
            String head = kit.headOf(bare.group(3));
            if (head != null && RuleKit.overlapsNone(found, in.base() + ns)) {
                found.add(new EventDraft(subject + bare.group(3), kit.kindOf(head), in.base() + ns, in.base() + bare.end(), false));
            }
        }
    }
}
