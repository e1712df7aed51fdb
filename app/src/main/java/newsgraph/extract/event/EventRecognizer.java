package newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.entity.NameWalker;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.segment.Token;

/**
 * Stage 5a, events. Requires: one sentence of an article body (clean text, offsets shifted by
 * {@code base}), its tokens and the people named in it. Produces: {@link EventDraft}s:
 * <ul>
 *   <li>an event said to take place: {@code X（在Y）召开/举行/举办/开幕/启动} where X ends with an
 *       event head noun of {@code event-kinds.tsv}; Y is the place;</li>
 *   <li>a meeting named by its convener: {@code 某某常委会召开会议} (甲常委会会议);</li>
 *   <li>at the start of an article, {@code 甲区召开X推进会}: X is the event reported;</li>
 *   <li>a 会见: {@code 某某（在某地）会见（了）…}, named by the whole clause;</li>
 *   <li>an inspection: {@code 某某（带队）（到甲地）调研/考察/视察…}; the place is 甲地, else the object;</li>
 *   <li>events only mentioned ({@code mentionedOnly}): {@code 召开的X}, {@code 举办X}, and named
 *       events with an ordinal (第二次会议, 第33届…节) that are not reported as taking place.</li>
 * </ul>
 */
public final class EventRecognizer {
    private static final Pattern HAPPENS = Pattern.compile("(?:在((?:(?!在)[^，。；、]){1,25}?))?(?:隆重|正式|成功|同步|顺利)?(召开|举行|举办|开幕|启幕|启动|开班|揭牌)(?=[。，；！]|$)");
    private static final Pattern LEADING = Pattern.compile("^(本报[^讯]{0,10}讯|[\\p{IsHan}]{1,8}?[社网报台][^，。（(\\d]{0,8}\\d{1,2}月\\d{1,2}日电)?\\s*([（(][^）)]{0,30}[）)])?\\s*((\\d{1,2}月)?\\d{1,2}日|今天|今日|昨天|昨日|近日|日前|当天|当日)?(上午|下午|晚上|晚间|晚|早上|中午)?[，,]?\\s*");
    private static final Pattern VO = Pattern.compile("(召开|举办|举行)(了)?([^，。；]{4,40})(?=[，。；]|$)");
    private static final Pattern ATTRIB = Pattern.compile("(召开|举行|举办)的([^，。；]{3,30})");
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十百零\\d]+[届次]");
    private static final Pattern TRAILING_TIME = Pattern.compile("(?:(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日|今天|今日|昨天|昨日|当天|当日|近日|日前)(?:上午|下午|晚上|晚间|晚|早上|中午)?$");
    private static final Pattern ORGANIZED_BY = Pattern.compile("(?:主办|承办|协办|支持|指导)的");
    private static final Pattern BARE_HEAD = Pattern.compile("(召开|举行)(了)?((?:专题|常务|全体|扩大|工作|全体（扩大）|（扩大）)?(?:会议|座谈会)"
            + "|(?:\\d{4}年(?:度)?)?(?:第[一二三四五六七八九十\\d]+次)?(?:专题)?(?:集体学习|学习会))(?=[，。；]|$)");
    /**
     * 甲、乙共同为X揭牌: the unveiling of X, an event when X is a name of its own (not 为该中心揭牌,
     * 为综保区揭牌) and no event of the sentence holds X already (X揭牌仪式举行，甲为X揭牌). It is
     * an {@link EventDraft#act}: {@link EventMerger} joins it to the event the lead reports, or to
     * an event of the article that names it.
     */
    private static final Pattern UNVEIL = Pattern.compile("为([^，。；为]{2,30}?)(揭牌|揭幕|授牌)(?=[，。；！]|$)");
    private static final Pattern BACK_REFERENCE = Pattern.compile("^(该|此|这|本|其|上述)");
    /** 见证（了）X签约: a signing witnessed (会谈后，甲、乙共同见证了X签约). */
    private static final Pattern WITNESSED = Pattern.compile("见证(?:了)?([^，。；]{4,40}?)(签约|签署)(仪式)?(?=[，。；！]|$)");
    /**
     * 甲出席X仪式 in a dated lead (3月13日，副市长甲出席X启动仪式。), at the start of an article or in a
     * later sentence that opens with its own day: X is the event reported.
     */
    private static final Pattern ATTENDS = Pattern.compile("(?:出席|参加)(?:了)?([^，。；]{4,40}?)(?=并|[，。；！]|$)");
    private static final Pattern MEET = Pattern.compile("^(?:在([^，。；、]{2,20}?))?(会见|会谈|会晤|接见)(了)?");
    private static final Pattern MODAL = Pattern.compile("(将|拟|即将|计划|准备|要|筹备|决定|同意|建议)$");
    private static final Pattern INSPECT = Pattern.compile("^(带队|率队|一行)?(到|赴|前往|深入)?([^，。；]{0,20}?)(调研|考察|视察|检查)([^，。；]{0,30})");
    /** 甲带队到X开展Y检查: the place is X, the name Y检查. */
    private static final Pattern INSPECT_CARRIED = Pattern.compile("^(带队|率队|一行)?(到|赴|前往|深入)([^，。；]{1,20}?)(?:开展|进行)([^，。；]{0,30}?)(调研|考察|视察|检查)(?=[，。；！]|$)");
    /** 陪同调研, 参加考察: a part in someone else's visit, never an event of its own. */
    private static final Pattern JOINING = Pattern.compile("陪同|参加|随同|一同|共同|一起");
    private static final Pattern LED_TO = Pattern.compile("^率(?:领)?[^，。；]{1,20}?(?:赴|到|前往)([^，。；]{1,15})$");
    private static final Pattern LISTED = Pattern.compile("等[\\d一二三四五六七八九十百余多]*[场个项次]");
    private static final Pattern DATED_START = Pattern.compile("^(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|今天|昨天|当天|当日)(?:上午|下午|晚上|晚间|晚|早上|中午)?[，,]");
    private static final Pattern TALKS = Pattern.compile("^(?:在([^，。；、]{2,20}?))?(?:与|同)([^，。；]{2,30}?)(?:举行|进行)(会谈|会见|会晤)");

    /**
     * A sentence that places itself around an event already told: 签约前，/会谈后，/仪式上，/会后，/
     * 随后，/当天，. Group 1 is the event referred to (签约, 会谈, 仪式), when named.
     */
    private static final Pattern AROUND = Pattern.compile("^\\s*(?:随后|会后|会前|会上|当天|当日|([^，。；：！？\\s]{2,15}?)(?:结束)?(?:前|后|上))(?:[，,]|[^，。；：！？]{0,4}[，,])");

    private final Lexicons lex;
    private final NameWalker walker;

    public EventRecognizer(Lexicons lex) {
        this.lex = lex;
        this.walker = new NameWalker(lex);
    }

    public List<EventDraft> recognize(String s, int base, List<Token> tokens, List<PersonMention> people, boolean articleStart) {
        List<EventDraft> out = new ArrayList<>();
        // cheap checks first: most sentences have none of the verbs the patterns need
        boolean happens = containsAny(s, HAPPEN_VERBS);
        boolean meets = containsAny(s, MEET_VERBS);
        boolean visits = containsAny(s, INSPECT_VERBS);
        Matcher m = HAPPENS.matcher(happens ? s : "");
        while (m.find()) {
            int subjEnd = m.start();
            int cs = subjEnd;
            while (cs > 0 && "，。；：！？\n".indexOf(s.charAt(cs - 1)) < 0) {
                cs--;
            }
            String subject = s.substring(cs, subjEnd);
            Matcher lead = LEADING.matcher(subject);
            int skip = lead.lookingAt() ? lead.end() : 0;
            int nameEnd = subject.length();
            Matcher tt = TRAILING_TIME.matcher(subject);
            if (tt.find() && tt.start() > skip) {
                nameEnd = tt.start();
            }
            Matcher by = ORGANIZED_BY.matcher(subject.substring(0, nameEnd));
            while (by.find()) {
                skip = Math.max(skip, by.end()); // 由甲主办、乙承办的X论坛: the name starts after 的
            }
            if (skip >= nameEnd) {
                continue;
            }
            int announced = subject.lastIndexOf("宣布", nameEnd);
            if (announced >= skip) {
                skip = announced + 2; // 某某宣布X开幕: the name is X
            }
            if (skip >= nameEnd) {
                continue;
            }
            String raw = subject.substring(skip, nameEnd);
            String name = raw.strip();
            skip += raw.indexOf(name);
            String head = lex.eventKinds().longestEndingAt(name, name.length());
            if (head == null || name.length() - head.length() < 2 || name.length() > 90) {
                continue;
            }
            EventDraft e = new EventDraft(name, lex.eventKinds().value(head, 1), base + cs + skip, base + cs + skip + name.length(), false);
            e.place = m.group(1);
            out.add(e);
        }
        for (PersonMention pm : people) {
            int rel = pm.end() - base;
            if (rel < 0 || rel > s.length()) {
                continue;
            }
            Matcher talks = TALKS.matcher(meets ? s.substring(rel) : "");
            if (talks.lookingAt()) {
                // 甲与乙代表团举行会谈: both sides meet
                int ce = rel + talks.end();
                String name = pm.name() + "与" + talks.group(2) + "举行" + talks.group(3);
                EventDraft e = new EventDraft(name, "visit", pm.start(), base + ce, false);
                e.place = talks.group(1);
                e.addRole(pm.name(), "met", base, base + s.length());
                for (PersonMention other : people) {
                    if (other != pm && other.start() >= base + rel && other.end() <= base + ce) {
                        e.addRole(other.name(), talks.group(3).equals("会见") ? "attended" : "met", base, base + s.length());
                    }
                }
                out.add(e);
                continue;
            }
            Matcher meet = MEET.matcher(meets ? s.substring(rel) : "");
            if (meet.lookingAt()) {
                int os = rel + meet.end();
                int ce = os;
                while (ce < s.length() && "，。；！？\n".indexOf(s.charAt(ce)) < 0) {
                    ce++;
                }
                if (ce - os < 2) {
                    continue;
                }
                EventDraft e = new EventDraft(pm.name() + meet.group(2) + s.substring(os, ce), "visit", pm.start(), base + ce, false);
                e.place = meet.group(1);
                e.addRole(pm.name(), "met", base, base + s.length());
                for (PersonMention other : people) {
                    if (other != pm && other.start() >= base + os && other.end() <= base + ce) {
                        e.addRole(other.name(), "attended", base, base + s.length());
                    }
                }
                out.add(e);
                continue;
            }
            if (articleStart) {
                Matcher carried = INSPECT_CARRIED.matcher(visits ? s.substring(rel) : "");
                if (carried.lookingAt() && overlapsNone(out, base + rel) && !JOINING.matcher(carried.group(3)).find()) {
                    // 甲带队到X开展Y检查: the activity has a name of its own (Y检查), else the clause names it
                    String activity = carried.group(4) + carried.group(5);
                    boolean named = walker.specificPart(carried.group(4).replaceAll("[《》“”]", "")).length() >= 4;
                    String name = named ? activity : pm.name() + carried.group(2) + carried.group(3) + "开展" + activity;
                    int ns = named ? base + rel + carried.start(4) : pm.start();
                    EventDraft e = new EventDraft(name, "inspection", ns, base + rel + carried.end(), false);
                    e.place = carried.group(3);
                    out.add(e);
                    continue;
                }
                Matcher in = INSPECT.matcher(visits ? s.substring(rel) : "");
                if (in.lookingAt() && overlapsNone(out, base + rel) && !JOINING.matcher(in.group(3)).find()) {
                    String where = in.group(3);
                    Matcher led = LED_TO.matcher(where);
                    if (led.matches()) {
                        where = led.group(1); // 率代表团赴甲地考察: the place is 甲地
                    }
                    String object = in.group(5);
                    String go = in.group(2) == null ? "" : in.group(2);
                    if (led.matches()) {
                        go = in.group(3).substring(0, in.group(3).length() - where.length());
                    }
                    String name;
                    int ns;
                    if (!where.isEmpty()) {
                        // 某某到甲地调研乙: the place is 甲地, the name the whole clause
                        name = pm.name() + go + where + in.group(4) + object;
                        ns = pm.start();
                    } else {
                        name = in.group(4) + object;
                        ns = base + rel + in.start(4);
                    }
                    if (name.length() >= 4 && (!object.isEmpty() || !where.isEmpty())) {
                        EventDraft e = new EventDraft(name, "inspection", ns, base + rel + in.end(), false);
                        e.place = where.isEmpty() ? object : where;
                        out.add(e);
                    }
                }
            }
        }
        Matcher bare = BARE_HEAD.matcher(happens ? s : "");
        while (bare.find()) {
            // 某某常委会召开会议: the subject names the meeting
            int cs = clauseStart(s, bare.start());
            String subject = leadStripped(s.substring(cs, bare.start()));
            if (subject.length() >= 2 && subject.length() <= 25 && !MODAL.matcher(subject).find()
                    && (lex.orgSuffixes().longestEndingAt(subject, subject.length()) != null
                        || lex.eventKinds().longestEndingAt(subject, subject.length()) != null)) {
                int ns = bare.start() - subject.length();
                String name = subject + bare.group(3);
                String head = lex.eventKinds().longestEndingAt(bare.group(3), bare.group(3).length());
                EventDraft e = new EventDraft(name, head == null ? null : lex.eventKinds().value(head, 1),
                        base + ns, base + bare.end(), false);
                if (e.kind != null && overlapsNone(out, base + ns)) {
                    out.add(e);
                }
            }
        }
        // an unveiling or a witnessed signing, unless an event of the sentence names it already
        Matcher un = UNVEIL.matcher(s.contains("为") ? s : "");
        while (un.find()) {
            String what = un.group(1);
            String unquoted = what.replaceAll("[“”‘’《》]", "");
            if (unquoted.length() >= 4 && !BACK_REFERENCE.matcher(unquoted).find() && walker.specificPart(unquoted).length() >= 2
                    && !people.isEmpty() && people.get(0).start() < base + un.start() && overlapsNone(out, base + un.start(1))
                    && noneNamed(out, what)) {
                EventDraft e = new EventDraft(what + un.group(2), "ceremony", base + un.start(1), base + un.end(), false);
                e.act = true;
                out.add(e);
            }
        }
        Matcher wi = WITNESSED.matcher(s.contains("见证") ? s : "");
        while (wi.find()) {
            String what = wi.group(1);
            if (walker.specificPart(what).length() >= 2 && !BACK_REFERENCE.matcher(what).find() && overlapsNone(out, base + wi.start(1))
                    && noneNamed(out, what)) {
                String name = what + wi.group(2) + (wi.group(3) == null ? "" : wi.group(3));
                EventDraft e = new EventDraft(name, "signing", base + wi.start(1), base + wi.end(), false);
                e.act = true;
                out.add(e);
            }
        }
        Matcher lead = LEADING.matcher(s);
        // at the start of the article, or a sentence of its own that opens with a new day (6月13日，甲出席…)
        boolean datedLead = lead.lookingAt() && lead.group(3) != null && (articleStart || DATED_START.matcher(s).lookingAt());
        Matcher ae = ATTENDS.matcher(datedLead && containsAny(s, ATTEND_VERBS) ? s : "");
        while (ae.find()) {
            // the subject is a person named right before the verb (with 等, 一行 or 率队 at most between)
            boolean bySomeone = false;
            for (PersonMention pm : people) {
                int gap = ae.start() - (pm.end() - base);
                bySomeone |= gap >= 0 && gap <= 2 && s.substring(pm.end() - base, ae.start()).matches("(等|一行|率队|带队)?");
            }
            String obj = ae.group(1);
            String head = lex.eventKinds().longestEndingAt(obj, obj.length());
            if (bySomeone && head != null && obj.indexOf('、') < 0 && obj.indexOf('等') < 0 && obj.indexOf('的') < 0
                    && walker.specificPart(obj.substring(0, obj.length() - head.length())).length() >= 2
                    && overlapsNone(out, base + ae.start(1))) {
                out.add(new EventDraft(obj, lex.eventKinds().value(head, 1), base + ae.start(1), base + ae.end(1), false));
            }
        }
        Matcher vo = VO.matcher(happens ? s : "");
        while (vo.find()) {
            if (vo.group(3).startsWith("的")) {
                continue;
            }
            int cs = clauseStart(s, vo.start());
            String subject = leadStripped(s.substring(cs, vo.start()));
            String obj = vo.group(3);
            String head = lex.eventKinds().longestEndingAt(obj, obj.length());
            boolean reported = articleStart || cs > 0 && DATED_START.matcher(s).lookingAt() && clauseStart(s, cs - 1) == 0;
            if (reported && head != null && subject.length() >= 2 && subject.length() <= 20 && !MODAL.matcher(subject).find()
                    && subject.indexOf('的') < 0 && overlapsNone(out, base + vo.start(3))
                    && obj.indexOf('、') < 0 && obj.indexOf('等') < 0
                    && walker.specificPart(obj.substring(0, obj.length() - head.length())).length() >= 2) {
                // 甲区召开X推进会 at the start of an article: the event the article reports
                out.add(new EventDraft(obj, lex.eventKinds().value(head, 1), base + vo.start(3), base + vo.end(3), false));
                continue;
            }
            addMentioned(out, obj, base + vo.start(3));
        }
        Matcher at = ATTRIB.matcher(happens ? s : "");
        while (at.find()) {
            String obj = at.group(2);
            String head = null;
            int cut = -1;
            for (int e = obj.length(); e > 0; e--) {
                head = lex.eventKinds().longestEndingAt(obj, e);
                if (head != null) {
                    cut = e;
                    break;
                }
            }
            if (cut > 0) {
                addMentioned(out, obj.substring(0, cut), base + at.start(2));
            }
        }
        Matcher o = ORDINAL.matcher(s.indexOf('第') >= 0 ? s : "");
        while (o.find()) {
            int headEnd = -1;
            String head = null;
            for (int e = o.end() + 1; e <= Math.min(s.length(), o.end() + 20); e++) {
                if ("，。；、“”《》".indexOf(s.charAt(e - 1)) >= 0) {
                    break;
                }
                head = lex.eventKinds().longestEndingAt(s, e);
                if (head != null && !(e < s.length() && lex.eventKinds().longestEndingAt(s, e + 1) != null)) {
                    headEnd = e;
                    break;
                }
            }
            if (headEnd < 0) {
                continue;
            }
            int start = o.start();
            while (start > 0 && o.end() - start < 40 && "，。；、：“”《》（）\n在的和与及就对为以".indexOf(s.charAt(start - 1)) < 0
                    && lex.studyMarkers().longestEndingAt(s, start) == null && !boundaryEndingAt(s, start)) {
                start--;
            }
            addMentioned(out, s.substring(start, headEnd), base + start);
        }
        return out;
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

    private static final String[] HAPPEN_VERBS = {"召开", "举行", "举办", "开幕", "启幕", "启动", "开班", "揭牌"};
    private static final String[] ATTEND_VERBS = {"出席", "参加"};
    private static final String[] MEET_VERBS = {"会见", "会谈", "会晤", "接见"};
    private static final String[] INSPECT_VERBS = {"调研", "考察", "视察", "检查"};

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String s, int pos) {
        int cs = pos;
        while (cs > 0 && "，。；：！？\n".indexOf(s.charAt(cs - 1)) < 0) {
            cs--;
        }
        return cs;
    }

    /** The clause without its lead (本报讯 3月5日上午，…). */
    private static String leadStripped(String clause) {
        Matcher lead = LEADING.matcher(clause);
        return (lead.lookingAt() ? clause.substring(lead.end()) : clause).strip();
    }

    private void addMentioned(List<EventDraft> out, String name, int start) {
        String head = lex.eventKinds().longestEndingAt(name, name.length());
        if (head == null || walker.specificPart(name.substring(0, name.length() - head.length())).length() < 2
                || name.indexOf('、') >= 0 || LISTED.matcher(name).find()) {
            return; // 甲论坛、乙推介会等20余场配套活动: a list, not one event
        }
        int end = start + name.length();
        for (EventDraft e : out) {
            if (e.start <= start && e.end >= end || start <= e.start && end >= e.end) {
                return;
            }
        }
        out.add(new EventDraft(name, lex.eventKinds().value(head, 1), start, end, true));
    }

    private boolean boundaryEndingAt(String s, int pos) {
        String w = lex.nameBoundaries().longestEndingAt(s, pos);
        return w != null && w.length() >= 2;
    }

    /** Whether no event found so far has {@code what} in its name (X揭牌仪式 already holds X). */
    private static boolean noneNamed(List<EventDraft> out, String what) {
        for (EventDraft e : out) {
            if (e.name.contains(what)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsNone(List<EventDraft> out, int pos) {
        for (EventDraft e : out) {
            if (e.start <= pos && e.end >= pos) {
                return false;
            }
        }
        return true;
    }
}
