package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.text.Clauses;

/**
 * 市委书记甲在全市某某工作会议上强调, 甲在X大会的致辞中表示, 甲在出席X时说: a person's words placed at an event by
 * its name, the verb of speaking right after it (not 甲在X上所说, words recalled), make it an event
 * reported, X ending with an event head noun after a specific part of its own (not 在此次会议上, which
 * points back, nor 在去年的X上). Also the event named in the clause before the speaker's (在日前举行的X上，甲表示),
 * the clause holding it cut (举行的) unless it places the event at another time (去年举行的). The words
 * themselves and who said them are the participant linker's.
 */
final class SpeechAtRule implements EventRule {
    /** A bracketed aside right after a name (甲（Tom Wong）, 甲（左二）): the name's, not the predicate's. */
    private static final String ASIDE = "(?:[（(][^（()）。，；]{1,30}[）)])?";
    /** Right after the name: 在X上 (a few words of time before it) and a verb of speaking. */
    private static final Pattern AT = Pattern.compile("^" + ASIDE + "[^，。；在]{0,4}?在(" + RuleKit.IN + "{4,40}?)(?:上(?:的(?:讲话|致辞|发言)中)?|的(?:讲话|致辞|发言)中)"
            + "(?:发表|作)?(?:了)?(?:重要)?(?:讲话|致辞|发言|指出|强调|表示|要求|如是说)");
    /**
     * 甲11日在出席X时说, 甲在参加X期间表示, 甲在参观X展时说: words said while attending an event, by its name (a clause
     * holding it opening the name, 某行举办的X, 于某地举行的X, is cut by {@link EventNameBounds}).
     */
    private static final Pattern ATTENDING = Pattern.compile("^" + ASIDE + "[^，。；在]{0,4}?(?:在[^，。；在出参]{0,10}?)?(?:出席|参加|参观)(?:了)?(" + RuleKit.IN + "{4,50}?)(?:时|期间|之际)[，,]?"
            + "(?:向[^，。；]{1,8}?)?(?:发表|作)?(?:了)?(?:讲话|致辞|发言|指出|强调|表示|要求|说|透露|称|宣布|警告|认为|介绍)");
    /** A clause holding the event, opening the name: 某行举办的, 于某地举行的. */
    private static final Pattern HELD_BY = Pattern.compile("^[^的]{1,20}?(?:举办|举行|召开|主办)的");
    /** In that clause, a time other than the days reported (去年举行的, 2005年召开的, 此前举办的, 将于某地举行的): no event of the article. */
    private static final Pattern OTHER_TIME = Pattern.compile("年|届|曾|此前|之前|以前|以往|每|将|拟");
    /** The clause naming the event before its speaker: 在（日前举行的）X上，甲说; 在出席X时，甲说. */
    private static final Pattern AT_BEFORE = Pattern.compile("在(?:(?:出席|参加|参观)(?:了)?(" + RuleKit.IN + "{4,50}?)时|(" + RuleKit.IN + "{4,50}?)上)");
    /**
     * Right after the speaker of 在X上，甲说 (or the last of a list, 甲、乙分别表示): a verb of speaking,
     * perhaps after an adverb or where in the event it was said (在致辞中).
     */
    private static final Pattern SAYS_AFTER = Pattern.compile("^" + ASIDE + "(?:也|还|则|更|就|又|分别|先后)?(?:在(?:致辞|讲话|发言|演讲)中)?(?:发表|作)?(?:了)?(?:重要|主旨)?"
            + "(?:讲话|致辞|发言|演讲|指出|强调|表示|要求|说|透露|称|认为|介绍|坦言)");

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
        boolean attending = s.contains("出席") || s.contains("参加") || s.contains("参观");
        if (s.indexOf('在') < 0 && !attending) {
            return; // cheap: every match holds 在, or 出席/参加/参观 (甲出席X时说)
        }
        int base = in.base();
        List<PersonMention> people = in.people();
        for (int k = 0; k < people.size(); k++) {
            PersonMention pm = people.get(k);
            int rel = pm.end() - base;
            if (rel < 0 || rel >= s.length()) {
                continue;
            }
            Matcher m = AT.matcher(s).region(rel, s.length());
            if (!m.lookingAt()) {
                m = before(s, people, k, base);
                if (m == null) {
                    if (!attending) {
                        continue;
                    }
                    m = ATTENDING.matcher(s).region(rel, s.length());
                    if (!m.lookingAt()) {
                        continue;
                    }
                }
            }
            int g = m.groupCount() > 1 && m.group(1) == null ? 2 : 1; // AT_BEFORE: 在出席X时 or 在X上
            String what = m.group(g);
            int cut = 0;
            Matcher held = HELD_BY.matcher(what);
            if (held.lookingAt()) {
                if (OTHER_TIME.matcher(held.group()).find()) {
                    continue; // 甲在去年举行的X上表示: words recalled from another event
                }
                cut = held.end(); // 出席某行举办的X时, 在日前举行的X上: X
            }
            int q = RuleKit.quoteWrap(what.substring(cut)); // 出席“X大会”时: the name inside the marks
            what = what.substring(cut + q, what.length() - q);
            String head = kit.headOf(what);
            int ws = base + m.start(g) + cut + q;
            if (head == null || RuleKit.BACK_REFERENCE.matcher(what).find() || what.indexOf('的') >= 0
                    || kit.walker.specificPart(what.substring(0, what.length() - head.length())).length() < 2
                    || GENERIC.matcher(what.substring(0, what.length() - head.length())).matches()
                    || !RuleKit.overlapsNone(found, ws)) {
                continue;
            }
            found.add(new EventDraft(what, kit.kindOf(head), ws, ws + what.length(), false));
        }
    }

    /**
     * 在（日前举行的）X上，甲说 and 在X上，甲、乙分别致辞: the clause right before the speaker's chain names the
     * event the words were said at; the match of that clause, or null. A character check first: the
     * chain must follow 上，.
     */
    private static Matcher before(String s, List<PersonMention> people, int k, int base) {
        int cs = people.get(k).chainStart() - base;
        if (cs < 3 || cs > s.length() || s.charAt(cs - 1) != '，' || s.charAt(cs - 2) != '上' && s.charAt(cs - 2) != '时') {
            return null;
        }
        int last = k;
        while (last + 1 < people.size()) {
            int gap = people.get(last).end() - base;
            if (gap >= s.length() || s.charAt(gap) != '、' || people.get(last + 1).chainStart() - base != gap + 1) {
                break;
            }
            last++; // 甲、乙分别表示: the verb follows the list's last name
        }
        int rel = people.get(last).end() - base;
        if (rel >= s.length() || !SAYS_AFTER.matcher(s).region(rel, s.length()).lookingAt()) {
            return null;
        }
        int from = Clauses.start(s, cs - 1);
        Matcher lead = RuleKit.LEADING.matcher(s).region(from, cs - 1);
        if (lead.lookingAt()) {
            from = lead.end(); // 本报讯 在X上，: the lead's source label opens the clause
        }
        Matcher m = AT_BEFORE.matcher(s).region(from, cs - 1);
        return m.matches() ? m : null;
    }
}
