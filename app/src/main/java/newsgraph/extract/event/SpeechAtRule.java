package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.people.PersonMention;

/**
 * 市委书记甲在全市某某工作会议上强调, 甲在X大会的致辞中表示, 甲在出席X时说: a person's words placed at an event by
 * its name, the verb of speaking right after it (not 甲在X上所说, words recalled), make it an event
 * reported, X ending with an event head noun after a specific part of its own (not 在此次会议上, which
 * points back, nor 在去年的X上). The words themselves and who said them are the participant linker's.
 */
final class SpeechAtRule implements EventRule {
    /** A bracketed aside right after a name (甲（Tom Wong）, 甲（左二）): the name's, not the predicate's. */
    private static final String ASIDE = "(?:[（(][^（()）。，；]{1,30}[）)])?";
    /** Right after the name: 在X上 (a few words of time before it) and a verb of speaking. */
    private static final Pattern AT = Pattern.compile("^" + ASIDE + "[^，。；在]{0,4}?在(" + RuleKit.IN + "{4,40}?)(?:上(?:的(?:讲话|致辞|发言)中)?|的(?:讲话|致辞|发言)中)"
            + "(?:发表|作)?(?:了)?(?:重要)?(?:讲话|致辞|发言|指出|强调|表示|要求)");
    /**
     * 甲11日在出席X时说, 甲在参加X期间表示, 甲在某地出席X时说: words said while attending an event, by its name (a clause
     * holding it opening the name, 某行举办的X, 于某地举行的X, is cut by {@link EventNameBounds}).
     */
    private static final Pattern ATTENDING = Pattern.compile("^" + ASIDE + "[^，。；在]{0,4}?(?:在[^，。；在出参]{0,10}?)?(?:出席|参加)(?:了)?(" + RuleKit.IN + "{4,50}?)(?:时|期间|之际)[，,]?"
            + "(?:向[^，。；]{1,8}?)?(?:发表|作)?(?:了)?(?:讲话|致辞|发言|指出|强调|表示|要求|说|透露|称|宣布|警告|认为|介绍)");
    /** A clause holding the event, opening the name: 某行举办的, 于某地举行的. */
    private static final Pattern HELD_BY = Pattern.compile("^[^的]{1,20}?(?:举办|举行|召开|主办)的");

    /** What before the head noun names no particular event (在工作会议上, 在年度会议上). */
    private static final Pattern GENERIC = Pattern.compile("^(?:工作|年度|专题|全体|有关|相关|重要|一次|各类|这个|那次)+$");

    private final RuleKit kit;

    SpeechAtRule(RuleKit kit) {
        this.kit = kit;
    }

    @Override
    public String name() {
        return "speech-at";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        boolean attending = s.contains("出席") || s.contains("参加");
        if (s.indexOf('在') < 0 && !attending) {
            return; // cheap: every match holds 在, or 出席/参加 (甲出席X时说)
        }
        int base = in.base();
        for (PersonMention pm : in.people()) {
            int rel = pm.end() - base;
            if (rel < 0 || rel >= s.length()) {
                continue;
            }
            Matcher m = AT.matcher(s).region(rel, s.length());
            if (!m.lookingAt()) {
                if (!attending) {
                    continue;
                }
                m = ATTENDING.matcher(s).region(rel, s.length());
                if (!m.lookingAt()) {
                    continue;
                }
            }
            String what = m.group(1);
            int cut = 0;
            Matcher held = HELD_BY.matcher(what);
            if (m.pattern() == ATTENDING && held.lookingAt()) {
                cut = held.end(); // 出席某行举办的X时: X
            }
            int q = RuleKit.quoteWrap(what.substring(cut)); // 出席“X大会”时: the name inside the marks
            what = what.substring(cut + q, what.length() - q);
            String head = kit.headOf(what);
            int ws = base + m.start(1) + cut + q;
            if (head == null || RuleKit.BACK_REFERENCE.matcher(what).find() || what.indexOf('的') >= 0
                    || kit.walker.specificPart(what.substring(0, what.length() - head.length())).length() < 2
                    || GENERIC.matcher(what.substring(0, what.length() - head.length())).matches()
                    || !RuleKit.overlapsNone(found, ws)) {
                continue;
            }
            found.add(new EventDraft(what, kit.kindOf(head), ws, ws + what.length(), false));
        }
    }
}
