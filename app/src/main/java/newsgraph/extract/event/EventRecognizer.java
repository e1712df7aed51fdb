package newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.segment.Token;
import newsgraph.extract.text.Clauses;

/**
 * Stage 5a, events. Requires: one sentence of an article body (clean text, offsets shifted by
 * {@code base}), its tokens and the people named in it. Produces: {@link EventDraft}s, from one
 * {@link EventRule} per pattern family, run in the order of {@link #rules}.
 *
 * <p><b>Precedence</b> (the one place it is decided): the rules run in the order listed; each sees
 * what the rules before it found in the sentence, and a rule whose match starts inside an event
 * already found there ({@link RuleKit#overlapsNone}) adds nothing; an event only mentioned is
 * dropped when it holds or lies inside an event found ({@link RuleKit#addMentioned}). So an earlier
 * family wins an overlap: an event said to take place (X召开) over the meeting of a person named in
 * it, over a visit, over a convened meeting, over a signing told by its parties, over the act a sentence sets its scene at (在X签约现场，), over an unveiling or witnessed signing, over an
 * attended event, over an event a person speaks at by its name (甲在X会议上强调), over an event held by a subject, over an event only mentioned.
 */
public final class EventRecognizer {
    /**
     * A sentence that places itself around an event already told: 签约前，/会谈后，/仪式上，/会后，/
     * 随后，/当天，. Group 1 is the event referred to (签约, 会谈, 仪式), when named.
     */
    private static final Pattern AROUND = Pattern.compile("^\\s*(?:随后|会后|会前|会上|当天|当日|([^，。；：！？\\s]{2,15}?)(?:结束)?(?:前|后|上))(?:[，,]|[^，。；：！？]{0,4}[，,])");

    /** A day ending an event's name (月 and 日, a span 至…日 and a part of the day). */
    private static final Pattern LEAD_DAY = Pattern.compile("(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:至(?:\\d{1,2}月)?\\d{1,2}日)?(?:上午|下午|晚上|晚间|晚)?$");

    /** Before a name: a time of day (9点,), a source label (-财经网) run into the lead, or a count of one (一场X展示会: the kind, not the name). */
    private static final Pattern PREFIX = Pattern.compile("(?:\\d{1,2}[点时](?:\\d{1,2}分)?[,，、]\\s*|[-－—]+\\p{IsHan}{1,8}?[网报社台][-－—]*|一[场次个项](?![\\d一二三四五六七八九十]))");
    /** A signing or event only expected (预计签署, 拟于下月举行): nothing has happened yet. */
    private static final Pattern PLANNED = Pattern.compile("预计|拟于|将于|有望");
    /** Words placing what a clause tells at another time than the day reported: plans, history, repetition. */
    private static final Pattern OTHER_TIME = Pattern.compile("将|拟|计划|定于|即将|筹备|准备|曾|此前|之前|以前|去年|前年|明年|往年|历届|上届|以来|每年|多次|先后|今后|下一步");
    private static final Pattern POINTER = Pattern.compile("(?:本次|此次|这次|该|本届|上述|此类|这类|该类|同类)");

    private final Lexicons lex;
    private final RuleKit kit;
    private final List<EventRule> rules;

    public EventRecognizer(Lexicons lex) {
        this.lex = lex;
        RuleKit kit = new RuleKit(lex);
        this.kit = kit;
        this.rules = List.of(
                new HappensRule(kit),
                new MeetingRule(kit),
                new InspectionRule(kit),
                new ConvenedMeetingRule(kit),
                new SigningRule(kit),
                new SceneRule(kit),
                new UnveilingRule(kit),
                new WitnessedSigningRule(kit),
                new AttendedEventRule(kit),
                new SpeechAtRule(kit),
                new HeldEventRule(kit),
                new MentionedEventRule(kit));
    }

    /**
     * {@code e} without the day of a lead its name runs into (a headline with no end mark joined to
     * its lead: 甲调研产业园9月5日，…), else {@code e} itself.
     */
    private static EventDraft withoutLeadDay(EventDraft e) {
        Matcher day = LEAD_DAY.matcher(e.name);
        if (!day.find() || day.start() < 4) {
            return e;
        }
        // undated: EventStage dates drafts after recognition
        EventDraft cut = e.cut(e.name.substring(0, day.start()), e.start, e.end - (e.name.length() - day.start()));
        cut.date = null;
        return cut;
    }

    /**
     * {@code e} without what a page puts before a lead and runs into its first clause: a time of
     * day (9点,) or a source label (-财经网), else {@code e} itself.
     */
    private static EventDraft withoutPrefix(EventDraft e) {
        Matcher p = PREFIX.matcher(e.name);
        if (!p.lookingAt() || p.end() == 0 || e.name.length() - p.end() < 4) {
            return e;
        }
        return e.cut(e.name.substring(p.end()), e.start + p.end(), e.end);
    }

    /** Whether {@code name} only points back at an event (本次发布会, 该会议): no name of its own. */
    private boolean pointerOnly(String name) {
        Matcher p = POINTER.matcher(name);
        if (!p.lookingAt()) {
            return false;
        }
        String head = lex.eventKinds().longestEndingAt(name, name.length());
        return head != null && name.length() - head.length() - p.end() < 2;
    }

    /** The names of the rule families, in precedence order. */
    public List<String> ruleNames() {
        return rules.stream().map(EventRule::name).toList();
    }

    public List<EventDraft> recognize(String s, int base, List<Token> tokens, List<PersonMention> people, boolean articleStart) {
        RuleInput in = new RuleInput(s, base, tokens, people, articleStart);
        List<EventDraft> found = new ArrayList<>();
        for (EventRule r : rules) {
            r.apply(in, found);
        }
        found.replaceAll(EventRecognizer::withoutLeadDay);
        found.replaceAll(EventRecognizer::withoutPrefix);
        found.replaceAll(e -> EventNameBounds.trimmed(e, kit));
        found.removeIf(e -> EventNameBounds.counted(e.name));
        found.removeIf(e -> !e.mentionedOnly && (PLANNED.matcher(e.name).find() || EventNameBounds.planned(e.name) || pointerOnly(e.name)
                || EventNameBounds.opensWithBackReference(e.name)));
        return found;
    }

    /**
     * Whether the event named at {@code at} of sentence {@code s} is the object of a verb of holding
     * right before it (共同启动“X仪式”, 举办了X; not 举办的X), in a clause that places it at no other time
     * (将, 此前, 去年, 每年…): told in a sentence set at an event of the day, it was held there that day.
     */
    public boolean heldThere(String s, int at) {
        int v = at;
        if (v > 0 && "“《\"".indexOf(s.charAt(v - 1)) >= 0) {
            v--;
        }
        if (v > 0 && s.charAt(v - 1) == '了') {
            v--;
        }
        boolean held = false;
        for (String verb : kit.verbs.of("holds")) {
            held |= v >= verb.length() && s.startsWith(verb, v - verb.length());
        }
        return held && !OTHER_TIME.matcher(s).region(Clauses.start(s, v), Clauses.end(s, at)).find();
    }

    /**
     * Whether sentence {@code s} opens by placing itself around an event the article has told already
     * (签约前，…; 会谈后，…; 启动仪式上，…; 随后，…; 会后，…; 当天，…): what it reports happened that day.
     * A named event must end with an event head noun or a role verb (仪式, 座谈会, 签约, 会谈), so
     * 日前, 此前, 今后 and 基础上 are not such openings.
     */
    public boolean opensAroundAnEvent(String s) {
        Matcher m = AROUND.matcher(s);
        if (!m.lookingAt()) {
            return false;
        }
        String what = m.group(1);
        return what == null || lex.eventKinds().longestEndingAt(what, what.length()) != null
                || lex.roleVerbs().longestEndingAt(what, what.length()) != null;
    }

    /**
     * The event a sentence opening inside one names (签约仪式上，→ 签约仪式; not 签约前，, which is
     * about another act), or null.
     */
    public String aroundEvent(String s) {
        if (s.indexOf('上') < 0) {
            return null; // the event is named before 上: most sentences need no match
        }
        Matcher m = AROUND.matcher(s);
        return m.lookingAt() && m.group(1) != null && s.startsWith("上", m.end(1)) && opensAroundAnEvent(s) ? m.group(1) : null;
    }
}
