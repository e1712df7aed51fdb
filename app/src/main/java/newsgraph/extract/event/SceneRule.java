package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 在X签约现场，… / 在X开工仪式上，…: the act the sentence sets its scene at is an event, named X签约
 * (X开工, X奠基, X揭牌), when X is a name of its own. A signing is kind {@code signing}, the other acts
 * {@code ceremony}. What the sentence goes on to report there (an unveiling) is an act of its own.
 */
final class SceneRule implements EventRule {
    private static final Pattern SCENE = Pattern.compile("在(" + RuleKit.IN + "{4,80}?(签约|签字|揭牌|开工|奠基|启动))(?:现场|仪式上)[，,]");
    /** An aside inside a name: （以下简称“中国电信”）. */
    private static final Pattern ASIDE = Pattern.compile("[（(]以下简称[^）)]{0,20}[）)]");

    private final RuleKit kit;

    SceneRule(RuleKit kit) {
        this.kit = kit;
    }

    @Override
    public String name() {
        return "scene";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        if (!s.contains("现场") && !s.contains("仪式上")) {
            return;
        }
        Matcher m = SCENE.matcher(s);
        while (m.find()) {
            String what = m.group(1);
            String core = what.substring(0, what.length() - m.group(2).length());
            if (RuleKit.BACK_REFERENCE.matcher(core).find() || kit.walker.specificPart(ASIDE.matcher(core).replaceAll("")).length() < 2
                    || !RuleKit.overlapsNone(found, in.base() + m.start(1))) {
                continue;
            }
            String kind = m.group(2).startsWith("签") ? "signing" : "ceremony";
            found.add(new EventDraft(ASIDE.matcher(what).replaceAll(""), kind, in.base() + m.start(1), in.base() + m.end(1), false));
        }
    }
}
