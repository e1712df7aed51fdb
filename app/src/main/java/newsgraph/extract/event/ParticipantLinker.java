package newsgraph.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.people.TitleMention;
import newsgraph.extract.text.Clauses;
import newsgraph.extract.text.StartGate;

/**
 * Stage 5b, participants and organizers. Requires: one sentence, the people named in it (titles
 * included) and the event it is about. Produces: roles on that event.
 *
 * <p>Each person's predicate runs from the name to the next person's title chain or the sentence end;
 * people listed one after another (甲，乙、丙出席) share the predicate of the last. The roles are the
 * verbs of {@code role-verbs.tsv} found in it, except after 听取/观看 (listening to speeches is not
 * speaking); 带队/率…一行 make the person the leader. Leaders who are only studied or quoted never
 * get a role. Organizers come from clauses ending in 主办/协办/承办 ({@code organizer-roles.tsv}) and
 * from a list before the event's name (由甲主办、乙承办的X论坛).
 */
public final class ParticipantLinker {
    /** 带队, 率队, 率团 right after the name: the person leads the group (a guest's 一行 alone does not say so). */
    private static final Pattern LEADS = Pattern.compile("(?:[^，。；率]{0,6}?)(?:带队|率队|率团)");
    /** Characters that make a word with a following 作 (工作, 合作, 创作): no 作 of giving a report. */
    private static final String WORD_WITH_ZUO = "工合创协操制写动著佳力杰炒";
    /** 作…报告 / 说明 / 汇报 right after the name: the person gives a report (a speech, by the annotation convention). */
    private static final Pattern REPORTS = Pattern.compile("^[^，。；]{0,4}?(?<![" + WORD_WITH_ZUO + "])作(?:了)?[^，。；]{0,24}?(?:报告|说明|汇报|发言)(?=[，。；]|$)");
    /**
     * 率…一行, 将率…考察团: the person leads the group named after 率 (a few words of time or manner may come
     * first); not a group after 向 (率团队向乙一行汇报: 乙's group).
     */
    private static final Pattern LEADS_GROUP = Pattern.compile("^[^，。；率]{0,6}?率(?:领)?[^，。；向]{0,30}?(?:一行|代表团|考察团|调研组|工作组|访问团|检查组)");
    /** 以甲为组长的调研组: 甲 heads the group, and does what it does. */
    private static final Pattern HEADS_GROUP = Pattern.compile("^为(?:组长|团长|队长|领队|首)的");
    /**
     * 出席会议的还有…, 同时参加会见的领导有…, 陪同调研的有…, 当天出席的领导和专家有：…: a list of participants after
     * the verb (an adverb or a day word may open it; who they are, 领导和嘉宾, may stand before 有).
     */
    private static final Pattern LISTED_AFTER = Pattern.compile("^\\s*(?:[^，。；]{0,8}?[，,])?(?:当天|当日|同日|今天|今日|昨天|昨日)?(?:同时|另外|此外|一同|一起|共同)?(出席|参加|列席|陪同)[^，。；]{0,20}?的(?:领导|嘉宾|人员|同志|[^，。；有的]{0,8}?(?:领导|嘉宾|专家|代表|负责人))?(?:还)?有[：:]?");
    /** 出席/参加 and the event named as its object (出席签约仪式并致辞 → 签约仪式). */
    private static final Pattern ATTENDS_OBJECT = Pattern.compile("(?:出席|参加|列席)(?:了)?(" + Clauses.INSIDE + "{2,30}?)(?=并|[，。；：！？]|$)");
    /**
     * 甲（于某日在某地）召开X会: a person who convenes a meeting is at it (the verb opens the predicate, after
     * a few words of time and place; not 将召开, 要求召开). Group 1 is the meeting.
     */
    private static final Pattern CONVENES = Pattern.compile("^(?:并|还|又|随即|随后)?(?:于[^，。；召]{0,10}?)?(?:在[^，。；召]{0,12}?)?(?:主持)?召开(?:了)?(" + Clauses.INSIDE + "{2,30}?)(?=并|[，。；：！？]|$)");
    /**
     * 在乙、丙（的）陪同下: the people named inside accompany; the people before it (甲在乙陪同下考察) or
     * after it (在乙的陪同下，甲考察) are the visitors, whose predicate follows it.
     */
    private static final Pattern ESCORTED = Pattern.compile("在([^。；！？在]{2,90}?)(?:的)?陪同下[，,]?");
    /** A sentence opening with a day of its own, an occasion of its own or another source (5月18日，; 在6月3日的发布会上，; 据某报报道，). */
    private static final Pattern ELSEWHERE = Pattern.compile("^\\s*(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|在[^，。；]{2,40}?上[，,]|另?据[^，。；]{1,20}?(?:报道|消息|了解)[，,])");
    /** A sentence about what will happen (将参加, 将于明天举行, 明天上午将): no roles are taken yet. */
    private static final Pattern FUTURE = Pattern.compile("(?:明天|明日|后天|下周|下月|届时)[^，。；]{0,6}?将|将(?:于|要|在[^，。；]{0,20}?)?(?:参加|出席|举行|召开|举办)");
    /**
     * A later clause of a predicate in which another source speaks (，相关单位表示，; ，业内人士称，): the
     * person's predicate ends before it.
     */
    private static final Pattern OTHER_SOURCE = Pattern.compile("[，,；][^，。；：]{0,10}?(?:单位|部门|人士|方面|负责人|官员|专家|分析师|媒体|报道|消息|外界|机构)"
            + "(?:也|则|还|均|都|亦)?(?:表示|称|透露|介绍|指出|认为)[，,：:]");
    private static final StartGate OTHER_SOURCE_STARTS = new StartGate("，,；");
    /** The verbs every {@link #OTHER_SOURCE} holds: a text without any of them is not searched. */
    private static final List<String> CITING = List.of("表示", "称", "透露", "介绍", "指出", "认为");

    private static boolean citesAny(String s) {
        for (String v : CITING) {
            if (s.contains(v)) {
                return true;
            }
        }
        return false;
    }
    /** 相关活动, 有关活动: the object of 参加/出席 that stands for every act the article reports. */
    private static final Pattern ALL_ACTIVITIES = Pattern.compile("(?:相关|有关|上述|各项)活动");
    /** A verb of taking part after 或 (陪同调研或出席座谈会): 或 joins two predicates, each about its own act. */
    private static final Pattern OR_VERB = Pattern.compile("出席|参加|列席|陪同|主持");
    /** A bare verb of explaining to the reporter closing a quote (”甲介绍。, ”甲透露说，). */
    private static final Pattern PRESS_VERB = Pattern.compile("(?:介绍|透露|告诉记者)(?:说|道)?[。，,：:]");
    /** How far (characters) after the last speech at an event the next speaker's words still come from its floor. */
    private static final int SPEECH_RUN = 300;
    /** People named by what they are, then an adverb, right before a verb (有关负责同志陪同, 与会领导一同参加). */
    private static final Pattern GROUP_SUBJECT = Pattern.compile("(?:领导|负责人|负责同志|同志|人员|代表|嘉宾|干部|专家)们?等?(?:一同|一起|共同|也|还|均|分别)?$");
    /** A clause opening with 并 (，并共同出席X). */
    private static final Pattern AND_CLAUSE = Pattern.compile("[，,]并");
    /**
     * What may stand between two people of one list: separators, 同志 after a name, and a collective
     * label opening the next names (甲，市领导乙、丙出席).
     */
    private static final Pattern LIST_GAP = Pattern.compile("(?:同志)?[，、和与及]*(?:[省市区县州镇乡村]?(?:领导|负责同志)[：:]?)?");
    /** The words of a report of someone's speech that make it not the speaker's own (所说, 的要求, 接受采访时表示). */
    /** 在会上, 在会谈中, 在致辞时: the speech placed at an event. */
    private static final Pattern SAID_THERE = Pattern.compile(
            "^[^，。；]{0,6}?在(?:本次|此次|这次|该|当天的|当日的|今天的)?(?:(?:会|会议|大会|座谈会|仪式|典礼|论坛|活动|开幕式)上|(?:会谈|会见|座谈|讲话|致辞|发言|总结)(?:中|时))");
    /** 在X上 opening a predicate (after a few words of time): the place of the words is X. */
    private static final Pattern SAID_AT = Pattern.compile("^[^，。；]{0,6}?在([^，。；在]{2,40}?)(?:上|的(?:讲话|致辞|发言)中)");
    /** How far (characters) after a meeting's report a newcomer's words still come from its floor. */
    private static final int NEXT_TO = 40;
    /** Just before a verb of speaking: the words go to the press (对记者, 向媒体, 接受采访时). */
    private static final Pattern PRESS = Pattern.compile("记者|媒体|采访");
    private static final Pattern NOT_SPEAKING = Pattern.compile("的|所$|采访|记者|转达|传达");
    private static final Pattern BY_ROLES = Pattern.compile("由([^，。；由]{2,120}?(?:主办|承办|协办))的");
    private static final Pattern ONE_ROLE = Pattern.compile("^(.+?)(联合|共同)?(主办|承办|协办)$");
    private static final Pattern ORGANIZERS = Pattern.compile(
            "^(?:(?:该|本次|此次|本届|这次)?(?:活动|大会|会议|论坛|仪式|典礼|峰会|博览会|展会|赛事|比赛|大赛))?(?:由)?(.+?)(联合|共同)?(主办|协办|承办)$");

    private final Lexicons lex;
    private final EventVerbs verbs;
    private final EventReference reference;

    public ParticipantLinker(Lexicons lex) {
        this.lex = lex;
        this.verbs = new EventVerbs(lex.eventVerbs());
        this.reference = new EventReference(lex);
    }

    /** Adds the roles stated in sentence {@code s} (at {@code base}) to {@code event}. */
    public void link(String s, int base, List<PersonMention> people, EventDraft event) {
        link(s, base, people, event, List.of(event));
    }

    /**
     * Adds the roles stated in sentence {@code s} (at {@code base}) to {@code event}, the event being
     * reported, except the parts of a predicate that name another event the article has told
     * ({@code told}, in text order): 出席签约仪式 goes to the signing, 参加会见 and 与乙举行会谈 to the
     * meeting, 调研 to the visit, each with the roles its own part states (出席X并致辞: X). Returns the
     * event last named by the object of 出席/参加 when it is not {@code event} (the event the next
     * sentences go on about), else null.
     */
    public EventDraft link(String s, int base, List<PersonMention> people, EventDraft event, List<EventDraft> told) {
        if (event.speechRunEnd >= 0 && (ELSEWHERE.matcher(s).lookingAt() && !saidAtItsName(s, event))) {
            event.speechRunEnd = -1; // 5月18日，… / 在另一场发布会上，… / 据某报报道，…: the text has moved on from the floor of the speeches
        }
        List<PersonMention> present = new ArrayList<>();
        for (PersonMention pm : people) {
            if (!pm.studied()) {
                present.add(pm);
            }
        }
        Matcher listed = LISTED_AFTER.matcher(s);
        if (s.indexOf('有') >= 0 && listed.lookingAt()) { // every match ends with 有
            // 出席会议的还有甲、乙、丙: everyone named after it takes the verb's role
            String role = lex.roleVerbs().value(listed.group(1), 1);
            for (PersonMention pm : present) {
                if (role != null && pm.start() >= base + listed.end()) { // the name: a title chain may swallow 还有
                    event.addRole(pm.name(), role, base, base + s.length());
                }
            }
        }
        // listEnd[i]: the last person of the list that person i opens or continues (甲，乙、丙出席: 丙),
        // found from the right once rather than walked from every person
        int[] listEnd = new int[present.size()];
        for (int i = present.size() - 1; i >= 0; i--) {
            listEnd[i] = i;
            if (i + 1 < present.size()) {
                int gs = endOf(present.get(i)) - base;
                int ge = present.get(i + 1).chainStart() - base;
                // overlapping mentions (the next one's title chain taking in this name) are no list
                if (gs <= ge && (LIST_GAP.matcher(s.substring(gs, ge)).matches() || titledAfterComma(s.substring(gs, ge), present.get(i + 1)))) {
                    listEnd[i] = listEnd[i + 1];
                }
            }
        }
        boolean planned = s.indexOf('将') >= 0 && FUTURE.matcher(s).find();
        int[] escort = escort(s);
        boolean[] addressed = addressed(s, base, present, listEnd);
        EventDraft named = null;
        boolean spoke = false;
        for (int i = 0; i < present.size(); i++) {
            int j = listEnd[i];
            int at = Math.max(0, present.get(i).chainStart() - base);
            if (s.startsWith("据", Clauses.start(s, at))) {
                continue; // 据甲介绍: a source the reporter cites, no part in the event
            }
            if (toThePress(s, at, endOf(present.get(i)) - base)) {
                continue; // “…”甲介绍。 / 记者致电甲: words given to the reporter, no part in the event
            }
            if (planned && plannedBefore(s, base, present, listEnd, i)) {
                continue; // 南京团明天将参加…，由甲签订: what is planned has not happened; nobody takes part yet
            }
            if (escort != null && at >= escort[0] && present.get(i).end() - base <= escort[1]) {
                event.addRole(present.get(i).name(), "accompanied", base, base + s.length()); // 在乙陪同下: 乙 accompanies
                continue;
            }
            PersonMention last = present.get(j);
            int ps = endOf(last) - base;
            if (addressed[i]) {
                // 向乙一行作汇报: 乙 is spoken to and takes no part in the act; 一行 still makes 乙 its head
                // (as for a subject's 一行, not a guest's after 会见)
                boolean heads = i == 0 || listEnd[i - 1] != j;
                int g = afterPost(s, ps);
                if (heads && s.startsWith("一行", g) && !s.startsWith("一行的", g) && !verbs.anyIn(s.substring(0, at), "meets")) {
                    event.addRole(present.get(i).name(), "led", base, base + s.length());
                }
                continue;
            }
            int pe = j + 1 < present.size() ? present.get(j + 1).chainStart() - base : s.length();
            String skipped = "";
            if (j + 1 < present.size() && addressed[j + 1]) {
                // 甲向乙汇报: 甲's predicate runs on after the people it addresses, to the next one named
                int k = listEnd[j + 1];
                int resume = endOf(present.get(k)) - base;
                int next = k + 1 < present.size() ? present.get(k + 1).chainStart() - base : s.length();
                resume = afterPost(s, resume);
                if (s.startsWith("一行", resume)) {
                    resume += 2; // 向乙一行汇报: the group is the addressed one's
                }
                if (resume >= pe && next >= resume) {
                    skipped = s.substring(resume, next);
                }
            }
            if (escort != null && ps == escort[0]) {
                // 甲在乙陪同下考察X: 甲's predicate follows 陪同下, up to the next person named after it
                ps = escort[2];
                pe = s.length();
                for (PersonMention pm : present) {
                    if (pm.chainStart() - base >= ps) {
                        pe = pm.chainStart() - base;
                        break;
                    }
                }
            }
            if (pe < ps) {
                continue;
            }
            if (j + 1 < present.size()) {
                pe = beforeAgentClause(s, ps, pe); // 甲出席，签约仪式由乙主持: the clause of 由 is 乙's act
            }
            String predicate = s.substring(ps, pe) + skipped + meetingTail(s, ps, pe, present, base);
            Matcher other = OTHER_SOURCE.matcher(predicate);
            if (citesAny(predicate) && OTHER_SOURCE_STARTS.find(other, predicate, 0)) {
                predicate = predicate.substring(0, other.start() + 1); // 甲率团访台，相关单位表示，…: what follows is another source's
            }
            int said = speechEnd(predicate);
            if (said > 0) {
                predicate = predicate.substring(0, said); // 甲表示，要…考察: what follows is what was said
            }
            Map<EventDraft, StringBuilder> parts = route(predicate, event, told);
            EventDraft lastTarget = event;
            for (Map.Entry<EventDraft, StringBuilder> part : parts.entrySet()) {
                EventDraft target = part.getKey();
                Set<String> roles = roles(part.getValue().toString());
                if (convenes(part.getValue().toString(), target)) {
                    roles.add("attended"); // 甲召开紧急会议: the convener is at the meeting
                }
                if ("visit".equals(target.kind) && !(reportsUp(part.getValue()) && target.roles.containsKey(present.get(i).name()))) {
                    // at a 会见 or 会谈 both sides talk: that is the meeting itself (a 汇报 by one of its sides is a report given)
                    roles.remove("spoke");
                }
                if (part.getValue().length() > 0) {
                    lastTarget = target;
                }
                for (String r : roles) {
                    if ("announced".equals(r) && ("inspection".equals(target.kind) || "visit".equals(target.kind))
                            && present.stream().noneMatch(p -> target.roles.containsKey(p.name()))) {
                        continue; // 宣布 at a visit by people none of whom is on it: news of their own, not of the visit
                    }
                    occasion(target, r).addRole(present.get(i).name(), r, base, base + s.length());
                    if ("spoke".equals(r)) {
                        occasion(target, r).speechRunEnd = base + s.length();
                        spoke |= occasion(target, r) == event;
                    }
                    if (target.within != null) {
                        target.within.addRole(present.get(i).name(), "attended", base, base + s.length());
                    }
                }
                if (target != event && referredByObject(part.getValue())) {
                    named = target;
                }
            }
            if (said > 0 && (speaksAt(lastTarget, present.get(i).name(), predicate, base) || namedBefore(lastTarget, s, base, at))) {
                occasion(lastTarget, "spoke").addRole(present.get(i).name(), "spoke", base, base + s.length());
                occasion(lastTarget, "spoke").speechRunEnd = base + s.length();
                spoke |= occasion(lastTarget, "spoke") == event;
            }
            boolean heads = i == 0 || listEnd[i - 1] != j; // alone, or the first of a list (甲、乙一行: 甲)
            if (heads && predicate.startsWith("一行") && !predicate.startsWith("一行的") && !verbs.anyIn(s.substring(0, at), "meets")) {
                lastTarget.addRole(present.get(i).name(), "led", base, base + s.length()); // 甲一行调研: 甲 heads the group
            }
            if (event.start == present.get(i).start() && event.end <= base + s.length() && !event.headline) {
                event.addRole(present.get(i).name(), "attended", base, base + s.length()); // 甲到某地看望慰问…: the event is told of 甲
            }
            if (objectOf(s, at, "calls") || objectOfVisitors(s, at)) {
                event.addRole(present.get(i).name(), "met", base, base + s.length()); // 甲拜会乙, 甲一行会见乙: both sides meet
            }
        }
        if (!spoke && !present.isEmpty()) {
            event.speechRunEnd = -1; // people named who do not speak: the run of speeches is over
        }
        return named;
    }

    /**
     * Whether the list person {@code i} belongs to is told after a plan (将参加, 明天将, 将在某地举行)
     * standing between it and the person named before the list.
     */
    private static boolean plannedBefore(String s, int base, List<PersonMention> present, int[] listEnd, int i) {
        int h = i;
        while (h > 0 && listEnd[h - 1] == listEnd[i]) {
            h--;
        }
        int from = h > 0 ? Math.max(0, endOf(present.get(h - 1)) - base) : 0;
        int to = Math.max(from, present.get(h).chainStart() - base);
        return FUTURE.matcher(s).region(from, to).find();
    }

    /**
     * Whether the person whose title chain runs from {@code at} to {@code end} of {@code s} only talks
     * to the press: the object of the reporter's act in its clause (记者致电甲, 记者采访了甲), or named
     * right after a closing quote with a bare verb of explaining (“…”甲介绍。: the quote was told the
     * reporter, not said at the event).
     */
    private static boolean toThePress(String s, int at, int end) {
        if (s.substring(Clauses.start(s, at), at).contains("记者")) {
            return true;
        }
        int q = at;
        while (q > 0 && Character.isWhitespace(s.charAt(q - 1))) {
            q--;
        }
        return q > 0 && (s.charAt(q - 1) == '”' || s.charAt(q - 1) == '"') && end >= 0 && end <= s.length()
                && PRESS_VERB.matcher(s).region(end, s.length()).lookingAt();
    }

    /** Where a mention ends with its titles: after a post written right after the name (王某某院长), else after the name. */
    private static int endOf(PersonMention pm) {
        for (TitleMention t : pm.titles()) {
            if (t.end() > pm.end() && t.end() - t.post().length() == pm.end()) {
                return t.end();
            }
        }
        return pm.end();
    }

    /**
     * The one 在…陪同下 of sentence {@code s} whose companions are named inside it, as [start of 在,
     * end of 陪同下, where the visitors' predicate starts], or null.
     */
    private static int[] escort(String s) {
        if (s.indexOf("陪同下") < 0) {
            return null;
        }
        Matcher m = ESCORTED.matcher(s);
        if (!m.find()) {
            return null;
        }
        int end = m.end();
        int verbEnd = m.end() - (s.charAt(m.end() - 1) == '，' || s.charAt(m.end() - 1) == ',' ? 1 : 0);
        return new int[] {m.start(), verbEnd, end};
    }

    /** The event a role goes to: a speech or the chair at an act (an unveiling at a conference) belongs to its occasion. */
    private static EventDraft occasion(EventDraft target, String role) {
        return target.within != null && ("spoke".equals(role) || "chaired".equals(role)) ? target.within : target;
    }

    /**
     * Where a speech verb opening {@code predicate} ends (甲表示，…; 甲在会上强调; 甲最后总结时指出), or
     * -1: the verb must stand in the predicate's first clause, after no 的 (甲的要求), 所 (甲所说) or
     * interview (接受记者采访时表示).
     */
    private int speechEnd(String predicate) {
        int end = Clauses.end(predicate, 0);
        for (int k = 0; k < end && k <= 24; k++) {
            for (String v : verbs.of("says")) {
                if (predicate.startsWith(v, k)) {
                    if (NOT_SPEAKING.matcher(predicate.substring(0, k)).find()) {
                        return -1;
                    }
                    return k + v.length();
                }
            }
        }
        return -1;
    }

    /**
     * Whether words reported of a person are a speech at {@code target}: said there (在会上强调, 在致辞中表示:
     * a bare reference, not 在某航展开幕式上, which names another occasion), or said by someone already
     * taking part in it. At a 会见 or a visit both sides talk, which is the act itself, so only words
     * said explicitly there count; an official quoted in an article that reports an event may not have
     * been at it (business news quotes analysts after naming a forum), so a newcomer's words count only
     * when placed there or told right after a meeting's report (某会议召开。书记甲强调).
     */
    private boolean speaksAt(EventDraft target, String person, String predicate, int base) {
        if (SAID_THERE.matcher(predicate).find() || saidAtItsName(predicate, target)) {
            return true;
        }
        if (SAID_AT.matcher(predicate).lookingAt()) {
            return false; // 甲在另一场会议上指出: the words were said at another occasion
        }
        if (target.speechRunEnd >= 0 && base >= target.speechRunEnd && base - target.speechRunEnd <= SPEECH_RUN
                && !"visit".equals(target.kind) && !"inspection".equals(target.kind)) {
            return true; // 甲表示，…。乙表示，…: speakers reported one after another, nobody else named between
        }
        if (("meeting".equals(target.kind) || "forum".equals(target.kind)) && !target.headline
                && target.end <= base && base - target.end <= NEXT_TO) {
            return true; // 某会议召开。书记甲强调，…: the words right after the report are said from its floor
        }
        return !"visit".equals(target.kind) && !"inspection".equals(target.kind) && target.roles.containsKey(person);
    }

    /**
     * 在（日前举行的）X上，甲表示 (在出席X时，甲表示): the event is named in the clause right before the speaker's,
     * 上 or 时 closing it (the clause holding the speaker at {@code at} starts after 上， and {@code target}'s name ends at 上).
     */
    private static boolean namedBefore(EventDraft target, String s, int base, int at) {
        int cs = Clauses.start(s, at);
        if (cs < 2 || s.charAt(cs - 1) != '，' || s.charAt(cs - 2) != '上' && s.charAt(cs - 2) != '时' || target.start < base) {
            return false;
        }
        int close = cs > 2 && (s.charAt(cs - 3) == '”' || s.charAt(cs - 3) == '"') ? 1 : 0; // 在“X”上，: the name inside the marks
        return target.end == base + cs - 2 || target.end == base + cs - 2 - close;
    }

    /** 甲在某某学习会上指出: the words are placed at the event by its own name (or a part of it of four characters or more). */
    private static boolean saidAtItsName(String predicate, EventDraft target) {
        Matcher m = SAID_AT.matcher(predicate);
        if (!m.lookingAt() || target.name.length() < 4) {
            return false;
        }
        String where = m.group(1);
        return where.contains(target.name) || where.length() >= 4 && target.name.contains(where);
    }

    /** Whether the person whose title chain starts at {@code at} is the object of a verb of {@code use} just before it (会见甲, 拜会甲). */
    private boolean objectOf(String s, int at, String use) {
        int from = Clauses.start(s, at);
        String before = s.substring(from, at);
        if (before.endsWith("了")) {
            before = before.substring(0, before.length() - 1);
        }
        for (String v : verbs.of(use)) {
            if (before.endsWith(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person at {@code at} is the object of 会见/会谈 whose subject is a visiting group
     * (甲一行会见了乙): the one called on is the host, who meets them, as after 拜会 (the guests of a
     * host's 会见, 甲会见乙一行, are not said to meet).
     */
    private boolean objectOfVisitors(String s, int at) {
        int from = Clauses.start(s, at);
        int to = at > from && s.charAt(at - 1) == '了' ? at - 1 : at;
        for (String v : verbs.of("meets")) {
            if (to - v.length() >= from && s.startsWith(v, to - v.length())) {
                int group = s.lastIndexOf("一行", to - v.length());
                return group >= from;
            }
        }
        return false;
    }

    /**
     * 甲，某协会“一村一品”分会会长乙出席: a name, a comma, and the next person's title run that
     * the title walk could not take whole (quotes, an unknown body) is one list, when that run holds
     * no verb of taking part or of an event.
     */
    private boolean titledAfterComma(String gap, PersonMention next) {
        if (gap.length() < 2 || gap.length() > 14 || gap.charAt(0) != '，' || next.titles().isEmpty()) {
            return false;
        }
        for (int k = 1; k < gap.length(); k++) {
            if (Clauses.isEnd(gap.charAt(k)) || lex.roleVerbs().longestAt(gap, k) != null || "在由对向据从于将是".indexOf(gap.charAt(k)) >= 0) {
                return false;
            }
        }
        for (String use : List.of("happens", "meets", "inspects", "attends", "says")) {
            if (verbs.anyIn(gap, use)) {
                return false;
            }
        }
        return true;
    }

    /** The event of {@code told} a bare or partial name (签约仪式, 该活动) refers to, or null. */
    public EventDraft referredTo(String object, List<EventDraft> told) {
        return reference.byObject(object, told);
    }

    /**
     * 甲会见乙一行，并共同出席X: the clause after the guests, opening with 并 and naming nobody, is
     * the host's too (the guests' predicate runs to it already). Empty otherwise.
     */
    private String meetingTail(String s, int ps, int pe, List<PersonMention> present, int base) {
        if (pe >= s.length() || !verbs.anyIn(s.substring(ps, pe), "meets")) {
            return "";
        }
        Matcher m = AND_CLAUSE.matcher(s);
        if (!m.find(pe)) {
            return "";
        }
        for (PersonMention pm : present) {
            if (pm.start() >= base + m.start()) {
                return "";
            }
        }
        return s.substring(m.start());
    }

    /**
     * A predicate in parts (split at clause ends and before 并), each part given to the event it
     * names: by the object of 出席/参加 ({@link EventReference#byObject}), else by its own act
     * ({@link EventReference#byAct}), else the event named just before in the same predicate when
     * that was named by an object (出席X并致辞), else {@code event}. Parts keep their order; with no
     * other event named the whole predicate goes to {@code event}.
     */
    private Map<EventDraft, StringBuilder> route(String predicate, EventDraft event, List<EventDraft> told) {
        Map<EventDraft, StringBuilder> out = new LinkedHashMap<>();
        out.put(event, new StringBuilder());
        if (told.size() < 2) {
            out.get(event).append(predicate);
            return out;
        }
        EventDraft byObject = null;
        for (String part : parts(predicate)) {
            EventDraft target = null;
            Matcher ao = ATTENDS_OBJECT.matcher(part);
            if (ao.find()) {
                if (ALL_ACTIVITIES.matcher(ao.group(1)).matches()) {
                    for (EventDraft e : told) {
                        if (!e.mentionedOnly) {
                            out.computeIfAbsent(e, k -> new StringBuilder()).append(part); // 参加相关活动: each act the article reports
                        }
                    }
                    continue;
                }
                target = reference.byObject(ao.group(1), told);
            }
            if (target == null) {
                target = convened(part, told);
            }
            boolean explicit = target != null;
            if (target == null) {
                target = actOf(part, told);
            }
            if (target == null) {
                target = byObject;
            }
            byObject = explicit ? target : target == null ? byObject : target == byObject ? byObject : null;
            out.computeIfAbsent(target == null ? event : target, k -> new StringBuilder()).append(part);
        }
        return out;
    }

    /** The event of {@code told} (latest first, one only mentioned included) a part opening with 召开X names by X, or null. */
    private static EventDraft convened(String part, List<EventDraft> told) {
        if (part.indexOf("召开") < 0) {
            return null; // most parts convene nothing: no regex, no look at the events told
        }
        for (int i = told.size() - 1; i >= 0 && i >= told.size() - 16; i--) {
            if (convenes(part, told.get(i))) {
                return told.get(i);
            }
        }
        return null;
    }

    /** Whether a part of a predicate opens with 召开X (after 并, a time, a place) where X is {@code e}'s name or holds it (four characters at least). */
    private static boolean convenes(String predicate, EventDraft e) {
        if (predicate.indexOf("召开") < 0) {
            return false;
        }
        for (String part : parts(predicate)) {
            Matcher c = CONVENES.matcher(part);
            if (c.lookingAt() && e.name.length() >= 4 && (c.group(1).contains(e.name) || e.name.contains(c.group(1)) && c.group(1).length() >= 4)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a routed part names its event by an object of 出席/参加 (not by an act). */
    private static boolean referredByObject(CharSequence parts) {
        return ATTENDS_OBJECT.matcher(parts).find();
    }

    /** The event the first act verb of {@code part} (会见, 会谈, 签约, 调研…) names, or null. */
    private EventDraft actOf(String part, List<EventDraft> told) {
        for (int k = 0; k < part.length(); k++) {
            String v = lex.roleVerbs().longestAt(part, k);
            if (v != null) {
                EventDraft e = reference.byAct(v, lex.roleVerbs().value(v, 1), told);
                if (e != null) {
                    return e;
                }
                k += v.length() - 1;
            }
        }
        return null;
    }

    /** {@code predicate} cut after each clause end and before each 并 that joins two predicates. */
    private static List<String> parts(String predicate) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < predicate.length(); k++) {
            char c = predicate.charAt(k);
            boolean joins = c == '并' && k > from && (k + 1 >= predicate.length() || "且购网入列举肩重非不没".indexOf(predicate.charAt(k + 1)) < 0)
                    && "合兼吞归".indexOf(predicate.charAt(k - 1)) < 0;
            boolean or = c == '或' && k > from && OR_VERB.matcher(predicate).region(k + 1, predicate.length()).lookingAt();
            if (joins || or) {
                out.add(predicate.substring(from, k));
                from = k;
            } else if (Clauses.isEnd(c)) {
                out.add(predicate.substring(from, k + 1));
                from = k + 1;
            }
        }
        if (from < predicate.length()) {
            out.add(predicate.substring(from));
        }
        return out;
    }

    /** The roles stated by a predicate (出席会议并讲话 → attended, spoke). */
    public Set<String> roles(String predicate) {
        Set<String> roles = new LinkedHashSet<>();
        int firstClause = Clauses.end(predicate, 0);
        for (int k = 0; k < predicate.length(); k++) {
            String v = lex.roleVerbs().longestAt(predicate, k);
            if (v == null) {
                continue;
            }
            if (k > firstClause && firstClause >= 2 && groupActs(predicate, k)) {
                k += v.length() - 1;
                continue; // 甲调研X，县有关负责同志陪同: a later clause whose subject is a group of people unnamed is theirs
            }
            String before = predicate.substring(Math.max(0, k - 2), k);
            if (v.charAt(0) == '作' && k > 0 && WORD_WITH_ZUO.indexOf(predicate.charAt(k - 1)) >= 0) {
                continue; // 审议工作报告: 作 belongs to 工作, no report is given
            }
            if (verbs.is("joins", before) && lex.roleVerbs().contains(before)) {
                k += v.length() - 1;
                continue; // 参加会见, 陪同调研: the second verb names the event, not this person's part in it
            }
            String role = lex.roleVerbs().value(v, 1);
            if (namesTheEvent(predicate, k, v)) {
                k += v.length() - 1;
                continue; // 出席签约仪式: the verb is part of the event's name, not this person's act
            }
            if ("signed".equals(role) && witnessedBefore(predicate, k)) {
                k += v.length() - 1;
                continue; // 见证（了）X签约: the signing is what is witnessed; the signatories are named elsewhere
            }
            if ("spoke".equals(role) && predicate.startsWith("精神", k + v.length())) {
                k += v.length() - 1;
                continue; // 贯彻…重要讲话精神: a speech studied, not given
            }
            if ("spoke".equals(role) && PRESS.matcher(predicate).region(Math.max(0, k - 8), k).find()) {
                k += v.length() - 1;
                continue; // 对记者介绍, 接受采访时介绍: words to the press, not a speech at the event
            }
            if (!verbs.is("hears", before) && !("spoke".equals(role) && heardBefore(predicate, k))) {
                roles.add(role);
            }
            k += v.length() - 1;
        }
        if (REPORTS.matcher(predicate).lookingAt()) {
            roles.add("spoke"); // 甲作政府工作报告, 甲作关于人事事项的说明
        }
        if (LEADS_GROUP.matcher(predicate).find() || LEADS.matcher(predicate).lookingAt()) {
            roles.add("led");
        }
        if (roles.contains("led")) {
            roles.remove("inspected");
        }
        if (HEADS_GROUP.matcher(predicate).lookingAt()) {
            roles.add("led");
        }
        return roles;
    }

    /**
     * Whether the role verb {@code v} at {@code k} is inside the object of 出席/参加 and opens an event head
     * noun there (出席签约仪式, 参加揭牌仪式): it names the event attended.
     */
    private boolean namesTheEvent(String predicate, int k, String v) {
        if (lex.eventKinds().longestAt(predicate, k + v.length()) == null) {
            return false;
        }
        Matcher ao = ATTENDS_OBJECT.matcher(predicate);
        while (ao.find()) {
            if (ao.start(1) <= k && k < ao.end(1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * People named right after 向 (甲向乙汇报, 向乙一行作了汇报), with the rest of their list: the ones
     * spoken to, not the subject of what follows them.
     */
    private static boolean[] addressed(String s, int base, List<PersonMention> present, int[] listEnd) {
        boolean[] out = new boolean[present.size()];
        if (s.indexOf('向') < 0) {
            return out;
        }
        for (int i = 1; i < present.size(); i++) {
            int at = present.get(i).chainStart() - base;
            boolean opens = listEnd[i - 1] != listEnd[i];
            if (opens && at > 0 && at <= s.length() && s.charAt(at - 1) == '向') {
                for (int k = i; k <= listEnd[i]; k++) {
                    out[k] = true;
                }
            }
        }
        return out;
    }

    /** Where a post written right after a name ends (龙某副社长一行: after 副社长), else {@code at}. */
    private int afterPost(String s, int at) {
        String post = at < s.length() ? lex.titles().longestAt(s, at) : null;
        return post == null ? at : at + post.length();
    }

    /** Whether a part of a predicate gives a report (向乙汇报了…; not 听取汇报). */
    private boolean reportsUp(CharSequence part) {
        String p = part.toString();
        int k = p.indexOf("汇报");
        return k >= 0 && !heardBefore(p, k);
    }

    /**
     * Whether the verb at {@code k} opens on a clause whose subject is people named by what they are,
     * not by name (甲调研X，县有关负责同志陪同), after a first clause of the person's own: the clause holds
     * no preposition that would make them an object (与企业代表签约), does not list them with the people
     * named (以及有关负责人出席: a predicate before it is empty), and the verb follows the noun.
     */
    private static boolean groupActs(String predicate, int k) {
        int from = Clauses.start(predicate, k);
        if (from == 0 || predicate.startsWith("以及", from) || "及和与并还".indexOf(predicate.charAt(from)) >= 0 && !predicate.startsWith("与会", from)) {
            return false; // 甲，以及有关负责人出席: the group is listed with the people named
        }
        Matcher g = GROUP_SUBJECT.matcher(predicate).region(from, k);
        if (!g.find()) {
            return false;
        }
        for (int b = from; b < g.start(); b++) {
            char c = predicate.charAt(b);
            if ("与和同跟向对为由在".indexOf(c) >= 0 && !(c == '与' && b + 1 < k && predicate.charAt(b + 1) == '会')) { // 与会领导 are people
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb of listening (听取, 观看) stands before position {@code k} in the same clause and
     * part (no 并 between): 听取某局关于某项工作的汇报 is others' report, whatever stands between.
     */
    private boolean heardBefore(String predicate, int k) {
        int from = Math.max(Clauses.start(predicate, k), predicate.lastIndexOf('并', k - 1) + 1);
        for (String v : verbs.of("hears")) {
            int at = predicate.lastIndexOf(v, k - v.length());
            if (at >= from) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a predicate running up to the next person's title chain at {@code pe} ends when its last
     * clause holds 由 (甲出席，签约仪式由乙主持; 会议由乙主持): that clause tells the next person's act with
     * its own subject, so the predicate stops at its start. A 由 in the first clause (甲由乙陪同) stays.
     */
    private static int beforeAgentClause(String s, int ps, int pe) {
        int by = s.lastIndexOf('由', pe - 1);
        if (by < ps) {
            return pe;
        }
        for (int c = by - 1; c >= ps; c--) {
            if (Clauses.isEnd(s.charAt(c))) {
                return c + 1;
            }
        }
        return pe;
    }

    /** Whether 见证 comes before position {@code k} of the predicate, in the same clause. */
    private static boolean witnessedBefore(String predicate, int k) {
        int w = predicate.lastIndexOf("见证", k);
        return w >= 0 && w + 2 <= k && predicate.substring(w, k).chars().noneMatch(c -> "，；。".indexOf(c) >= 0);
    }

    /** Organizers named in the sentence, as [name, role, clauseStart, clauseEnd] relative to it. */
    public List<String[]> organizers(String s) {
        List<String[]> out = new ArrayList<>();
        if (!s.contains("主办") && !s.contains("承办") && !s.contains("协办")) {
            return out;
        }
        int cs = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || Clauses.isEnd(s.charAt(i))) {
                String clause = s.substring(cs, i).strip();
                Matcher m = ORGANIZERS.matcher(clause);
                if (m.matches()) {
                    String role = lex.organizerRoles().value(m.group(3), 1);
                    for (String n : m.group(1).split("、")) {
                        String name = n.strip().replaceFirst("^由", "");
                        if (name.length() >= 2 && name.length() <= 30) {
                            out.add(new String[] {name, role, String.valueOf(cs), String.valueOf(i)});
                        }
                    }
                }
                cs = i + 1;
            }
        }
        // 由甲主办、乙承办、丙协办的X: the roles are listed before the event's name
        Matcher by = BY_ROLES.matcher(s);
        while (by.find()) {
            List<String> waiting = new ArrayList<>();
            for (String part : by.group(1).split("[、，]")) {
                Matcher m = ONE_ROLE.matcher(part.strip());
                if (!m.matches()) {
                    waiting.add(part.strip());
                    continue;
                }
                String role = lex.organizerRoles().value(m.group(3), 1);
                waiting.add(m.group(1).strip());
                for (String name : waiting) {
                    if (name.length() >= 2 && name.length() <= 30) {
                        out.add(new String[] {name, role, String.valueOf(by.start()), String.valueOf(by.end())});
                    }
                }
                waiting.clear();
            }
        }
        return out;
    }
}
