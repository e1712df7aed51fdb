package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.text.Clauses;
import newsgraph.extract.text.StartGate;

/**
 * {@code 甲区召开/举办/举行X推进会}: at the start of an article (or in a sentence opening with its own
 * day), with a short subject that does not only plan it (将召开), X is the event reported; elsewhere
 * X is an event only mentioned.
 */
final class HeldEventRule implements EventRule {
    private final RuleKit kit;
    private final Pattern vo;
    /** Every match begins with a verb: the pattern is tried at their first characters only. */
    private final StartGate voStarts;

    HeldEventRule(RuleKit kit) {
        this.kit = kit;
        this.vo = Pattern.compile("(" + kit.verbs.alternation("holds") + ")(了)?(" + RuleKit.IN + "{4,40})(?=[，。；]|$)");
        this.voStarts = RuleKit.firstsOf(kit.verbs.of("holds"));
    }

    @Override
    public String name() {
        return "held-event";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        if (!kit.verbs.anyIn(s, "happens")) {
            return;
        }
        int base = in.base();
        Matcher m = vo.matcher(s);
        for (int at = 0; voStarts.find(m, s, at); at = StartGate.next(m)) {
            if (m.group(3).startsWith("的")) {
                continue;
            }
            int cs = Clauses.start(s, m.start());
            String subject = RuleKit.leadStripped(s.substring(cs, m.start()));
            int q = RuleKit.quoteWrap(m.group(3)); // 举办“X活动”: the name is inside the marks
            String obj = m.group(3).substring(q, m.group(3).length() - q);
            int os = base + m.start(3) + q;
            String head = kit.headOf(obj);
            boolean reported = in.articleStart() || cs > 0 && RuleKit.DATED_START.matcher(s).lookingAt() && Clauses.start(s, cs - 1) == 0;
            if (reported && head != null && subject.length() >= 2 && subject.length() <= 20 && !RuleKit.MODAL.matcher(subject).find()
                    && subject.indexOf('的') < 0 && RuleKit.overlapsNone(found, os)
                    && obj.indexOf('、') < 0 && obj.indexOf('等') < 0
                    && kit.walker.specificPart(obj.substring(0, obj.length() - head.length())).length() >= 2) {
                found.add(new EventDraft(obj, kit.kindOf(head), os, os + obj.length(), false));
                continue;
            }
            kit.addMentioned(found, obj, os);
        }
    }
}
