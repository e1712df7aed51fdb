package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.text.StartGate;

/**
 * 甲、乙共同为X揭牌: the unveiling of X, an event when X is a name of its own (not 为该中心揭牌,
 * 为综保区揭牌), someone named before does it, and no event of the sentence holds X already (X揭牌仪式
 * 举行，甲为X揭牌). It is an {@link EventDraft#act}: {@link EventMerger} joins it to the event the
 * lead reports, or to an event of the article that names it.
 */
final class UnveilingRule implements EventRule {
    private static final Pattern UNVEIL = Pattern.compile("为([^，。；为]{2,80}?)(揭牌|揭幕|授牌)(?=[，。；！]|$)");
    private static final StartGate UNVEIL_STARTS = new StartGate("为");

    private final RuleKit kit;

    UnveilingRule(RuleKit kit) {
        this.kit = kit;
    }

    @Override
    public String name() {
        return "unveiling";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        if (!s.contains("为") || !(s.contains("揭牌") || s.contains("揭幕") || s.contains("授牌"))) {
            return; // every match holds 为 and one of the three acts
        }
        Matcher un = UNVEIL.matcher(s);
        for (int at = 0; UNVEIL_STARTS.find(un, s, at); at = StartGate.next(un)) {
            String what = un.group(1);
            String unquoted = what.replaceAll("[“”‘’《》]", "");
            if (unquoted.length() >= 4 && !RuleKit.BACK_REFERENCE.matcher(unquoted).find()
                    && kit.walker.specificPart(unquoted).length() >= 2
                    && !in.people().isEmpty() && in.people().get(0).start() < in.base() + un.start()
                    && RuleKit.overlapsNone(found, in.base() + un.start(1)) && RuleKit.noneNamed(found, what)) {
                EventDraft e = new EventDraft(what + un.group(2), "ceremony", in.base() + un.start(1), in.base() + un.end(), false);
                e.act = true;
                found.add(e);
            }
        }
    }
}
