package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 见证（了）X签约: a signing witnessed (会谈后，甲、乙共同见证了X签约), an {@link EventDraft#act} named
 * X签约（仪式） unless X is a back reference or an event of the sentence holds it already.
 */
final class WitnessedSigningRule implements EventRule {
    private static final Pattern WITNESSED = Pattern.compile("见证(?:了)?(" + RuleKit.IN + "{4,40}?)(签约|签署)(仪式)?(?=[，。；！]|$)");

    private final RuleKit kit;

    WitnessedSigningRule(RuleKit kit) {
        this.kit = kit;
    }

    @Override
    public String name() {
        return "witnessed-signing";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        if (!s.contains("见证")) {
            return;
        }
        Matcher wi = WITNESSED.matcher(s);
        while (wi.find()) {
            String what = wi.group(1);
            if (kit.walker.specificPart(what).length() >= 2 && !RuleKit.BACK_REFERENCE.matcher(what).find()
                    && RuleKit.overlapsNone(found, in.base() + wi.start(1)) && RuleKit.noneNamed(found, what)) {
                String name = what + wi.group(2) + (wi.group(3) == null ? "" : wi.group(3));
                EventDraft e = new EventDraft(name, "signing", in.base() + wi.start(1), in.base() + wi.end(), false);
                e.act = true;
                found.add(e);
            }
        }
    }
}
