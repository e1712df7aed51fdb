package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.people.PersonMention;

/**
 * 市委书记甲在全市某某工作会议上强调, 甲在X大会的致辞中表示: a person's words placed at an event by
 * its name, the verb of speaking right after it (not 甲在X上所说, words recalled), make it an event
 * reported, X ending with an event head noun after a specific part of its own (not 在此次会议上, which
 * points back, nor 在去年的X上). The words themselves and who said them are the participant linker's.
 */
final class SpeechAtRule implements EventRule {
    /** Right after the name: 在X上 (a few words of time before it) and a verb of speaking. */
    private static final Pattern AT = Pattern.compile("^[^，。；在]{0,4}?在(" + RuleKit.IN + "{4,40}?)(?:上(?:的(?:讲话|致辞|发言)中)?|的(?:讲话|致辞|发言)中)"
            + "(?:发表|作)?(?:了)?(?:重要)?(?:讲话|致辞|发言|指出|强调|表示|要求)");

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
        if (s.indexOf('在') < 0) {
            return;
        }
        int base = in.base();
        for (PersonMention pm : in.people()) {
            int rel = pm.end() - base;
            if (rel < 0 || rel >= s.length()) {
                continue;
            }
            Matcher m = AT.matcher(s).region(rel, s.length());
            if (!m.lookingAt()) {
                continue;
            }
            String what = m.group(1);
            String head = kit.headOf(what);
            int ws = base + m.start(1);
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
