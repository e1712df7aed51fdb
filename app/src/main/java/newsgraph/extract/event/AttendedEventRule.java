package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.text.Clauses;

/**
 * 甲出席X仪式 in a dated lead (3月13日，副市长甲出席X启动仪式。; 副市长甲昨出席X仪式。), at the start of an article or in a
 * later sentence that opens with its own day or a new act ({@link RuleKit#NEW_ACT}): X, ending with an
 * event head noun after a specific part, is the event reported. The subject is a person named right
 * before the verb (with 等, 一行 or 率队 at most between), or the sentence's person when the verb opens
 * a later clause (在杭期间，甲还考察了某院，出席了X座谈会; in the first sentences, after a clause that is
 * only a day: …，11月14日，甲…，与群众一起参加X活动); or anywhere, an event said to follow the one told
 * (甲和乙出席了会后的新闻发布会: 新闻发布会).
 */
final class AttendedEventRule implements EventRule {
    /** A clause that is only a day (，11月14日，), inside a sentence. */
    private static final Pattern DATED_CLAUSE = Pattern.compile("[，,]\\s*(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午|晚上)?[，,]");
    /** What may open a clause that goes on with the sentence's subject before its verb (并, 还, 与群众一起). */
    private static final Pattern CONTINUED = Pattern.compile("(?:并|还|也|随后|又)*(?:与" + RuleKit.IN + "{1,20}?)?(?:一起|一同|共同)?");

    /** Where the subject attends, between it (and its time word) and the verb: 甲20日在京出席X, 甲在某地出席X. */
    private static final String PLACE = "(?:在[^，。；：在出参]{1,8}?)?";
    /** Between a dated lead's subject and its verb: 等, 一行, 率队, an adverb, a place. */
    private static final Pattern BY_SUBJECT = Pattern.compile("(等|一行|率队|带队)?(还|也|并)?" + PLACE + "(共同|一同|一起)?");
    /** A time word between a lead's subject and its verb (甲昨出席, 甲今天上午出席, 甲日前出席). */
    private static final Pattern TIMED = Pattern.compile("(?:等|一行)?(?:昨|今|昨天|今天|昨日|今日|日前|近日|(?:\\d{1,2}月)?\\d{1,2}日)(?:上午|下午|晚上|晚间|晚)?(?:还|也|并)?" + PLACE);

    /** 出席了会后的新闻发布会: an event that follows the one told, a new act wherever it is told. */
    private static final Pattern AFTERWARDS = Pattern.compile("^(?:会后|随后|之后|其后|当晚)(?:举行|召开|举办)?的");

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
        if (!kit.verbs.anyIn(s, "attends")) {
            return; // first: most sentences have no such verb, and the opening patterns cost more
        }
        Matcher lead = RuleKit.LEADING.matcher(s);
        boolean datedLead = lead.lookingAt() && lead.group(3) != null && (in.articleStart() || RuleKit.DATED_START.matcher(s).lookingAt());
        boolean newAct = RuleKit.NEW_ACT.matcher(s).lookingAt();
        if (!(datedLead || newAct || in.articleStart() || s.contains("后的") || s.contains("当晚的"))) {
            return;
        }
        int base = in.base();
        Matcher ae = attends.matcher(s);
        while (ae.find()) {
            boolean bySomeone = false;
            boolean bySubject = false;
            boolean timedLead = false;
            for (PersonMention pm : in.people()) {
                int gap = ae.start() - (pm.end() - base);
                String between = gap >= 0 && gap <= 10 ? s.substring(pm.end() - base, ae.start()) : null;
                bySomeone |= between != null && BY_SUBJECT.matcher(between).matches();
                // 甲昨出席X, 甲今天上午出席X: the lead dates itself by a time word after its subject
                timedLead |= between != null && in.articleStart() && TIMED.matcher(between).matches();
                bySubject |= gap > 0;
            }
            Matcher after = AFTERWARDS.matcher(ae.group(1));
            boolean afterwards = after.lookingAt();
            bySomeone |= timedLead;
            bySomeone &= datedLead || newAct || afterwards || timedLead;
            if (!bySomeone) {
                // 在杭期间，甲还考察了X，出席了Y座谈会: a clause of its own whose subject is the sentence's person,
                // in a sentence opening a new act, or dated at a clause of its own (…精神，11月14日，甲…，参加X活动)
                int cs = Clauses.start(s, ae.start());
                boolean dated = datedLead || newAct || DATED_CLAUSE.matcher(s.substring(0, cs)).find();
                bySomeone = bySubject && dated && cs > 0 && CONTINUED.matcher(s.substring(cs, ae.start())).matches();
            }
            int skip = afterwards ? after.end() : 0; // 会后的新闻发布会: the name is what follows 的
            String named = ae.group(1).substring(skip);
            int q = RuleKit.quoteWrap(named); // 出席“X论坛”: the name is inside the marks
            String obj = named.substring(q, named.length() - q);
            int os = base + ae.start(1) + skip + q;
            String head = kit.headOf(obj);
            if (bySomeone && head != null && obj.indexOf('、') < 0 && obj.indexOf('等') < 0 && obj.indexOf('的') < 0
                    && (kit.walker.specificPart(obj.substring(0, obj.length() - head.length())).length() >= 2
                        || afterwards && obj.length() >= 3) // 会后的新闻发布会: a head alone names an act that follows
                    && RuleKit.overlapsNone(found, os)) {
                found.add(new EventDraft(obj, kit.kindOf(head), os, os + obj.length(), false));
            }
        }
    }
}
