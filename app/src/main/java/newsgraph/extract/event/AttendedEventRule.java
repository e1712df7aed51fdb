package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.people.PersonMention;

/**
 * 甲出席X仪式 in a dated lead (3月13日，副市长甲出席X启动仪式。), at the start of an article or in a
 * later sentence that opens with its own day: X, ending with an event head noun after a specific
 * part, is the event reported. The subject is a person named right before the verb (with 等, 一行
 * or 率队 at most between).
 */
final class AttendedEventRule implements EventRule {
    private final RuleKit kit;
    private final Pattern attends;

    AttendedEventRule(RuleKit kit) {
        this.kit = kit;
        this.attends = Pattern.compile("(?:" + kit.verbs.alternation("attends") + ")(?:了)?(" + RuleKit.IN + "{4,40}?)(?=并|[，。；！]|$)");
    }

    @Override
    public String name() {
        return "attended-event";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        Matcher lead = RuleKit.LEADING.matcher(s);
        boolean datedLead = lead.lookingAt() && lead.group(3) != null && (in.articleStart() || RuleKit.DATED_START.matcher(s).lookingAt());
        if (!datedLead || !kit.verbs.anyIn(s, "attends")) {
            return;
        }
        int base = in.base();
        Matcher ae = attends.matcher(s);
        while (ae.find()) {
            boolean bySomeone = false;
            for (PersonMention pm : in.people()) {
                int gap = ae.start() - (pm.end() - base);
                bySomeone |= gap >= 0 && gap <= 2 && s.substring(pm.end() - base, ae.start()).matches("(等|一行|率队|带队)?");
            }
            String obj = ae.group(1);
            String head = kit.headOf(obj);
            if (bySomeone && head != null && obj.indexOf('、') < 0 && obj.indexOf('等') < 0 && obj.indexOf('的') < 0
                    && kit.walker.specificPart(obj.substring(0, obj.length() - head.length())).length() >= 2
                    && RuleKit.overlapsNone(found, base + ae.start(1))) {
                found.add(new EventDraft(obj, kit.kindOf(head), base + ae.start(1), base + ae.end(1), false));
            }
        }
    }
}
