package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.text.Clauses;

/**
 * At the start of an article, or in a sentence that opens a new part of a trip ({@link RuleKit#NEW_ACT}), a visit right after a person's name: {@code 甲（带队）到X开展Y检查}
 * (named Y检查 when Y is a name of its own, else by the clause; the place is X), else
 * {@code 甲（带队）（到甲地）调研/考察/视察…乙} (the place is 甲地, else the object; 率代表团赴甲地考察
 * goes to 甲地). Not when the person only joins someone else's visit (陪同调研, 一同考察). Kind
 * {@code inspection}.
 */
final class InspectionRule implements EventRule {
    private static final Pattern LED_TO = Pattern.compile("^率(?:领)?" + RuleKit.IN + "{1,20}?(?:赴|到|前往)(" + RuleKit.IN + "{1,15})$");

    /** A group a person leads, named after them (以甲为组长的调研组): the group is the visitor. */
    private static final Pattern GROUP_LED = Pattern.compile("为(?:组长|团长|队长|领队|首)的(" + RuleKit.IN + "{1,12}?(?:组|团|队))");
    /**
     * What a person said or learnt during the visit (调研时强调, 考察时也了解到, 调研某厂时，): not part
     * of its name; 时 ends the visit's clause where a saying verb, an adverb or the clause's end follows.
     */
    private static final Pattern SAID = Pattern.compile("(?:时|期间|之际)(?=$|[也还又就都曾]|强调|指出|表示|说|称|要求|透露|介绍|认为|提出|了解|发现)|上(?=强调|指出|表示|说|称|要求)");
    /** 在乙、丙（的）陪同下 right after the visitor: the companions, not part of the visit's name. */
    private static final Pattern ESCORTED = Pattern.compile("在[^。；！？在]{2,90}?(?:的)?陪同下[，,]?");
    /** What may stand between two visitors of one list: a comma or 、 (the next one's title chain follows). */
    private static final Pattern LIST_GAP = Pattern.compile("(?:同志)?[，、]");
    /**
     * What may stand before a visitor whose clause tells a visit later in an article: nothing, or
     * time words only (日前，甲到某地调研; 本月初甲率队考察某地).
     */
    private static final Pattern TIME_OPENER = Pattern.compile("(?:先是|就在|此前|日前|近日|近期|前不久|本月初|本月|上月|上周|今年|去年|[0-9０-９]{4}年|[0-9０-９]{1,2}月(?:初|中旬|上旬|下旬|底)?|[0-9０-９]{1,2}日(?:上午|下午)?)*");
    /** Later in an article, what may stand between the visitor and the verb: where, by 在/到/赴 (甲在某地调研), or nothing. */
    private static final Pattern LATER_WHERE = Pattern.compile("(?:(?:已|也|还|曾)?(?:于" + RuleKit.IN + "{1,8}?)?(?:在|到|赴|前往|来|莅临|深入)" + RuleKit.IN + "{1,15}|(?:已|也|还|曾|专程|专门)?(?:于" + RuleKit.IN + "{1,8}?)?(?:亲自)?)");
    /** An event the person was at, not a place visited (在某所举办的研讨班之“调研活动”上称). */
    private static final Pattern HELD_BY = Pattern.compile("(?:举办|举行|召开|主办)的");

    private final RuleKit kit;
    private final Pattern inspect;
    private final Pattern carried;
    private final Pattern trip;
    private final Pattern joining;

    InspectionRule(RuleKit kit) {
        this.kit = kit;
        String verbs = kit.verbs.alternation("inspects");
        this.inspect = Pattern.compile("^(带队|率队|率团|一行)?(?:还)?(到|赴|前往|深入|莅临|来)?(" + RuleKit.IN + "{0,50}?)(" + verbs + ")(" + RuleKit.IN + "{0,30})");
        this.carried = Pattern.compile("^(带队|率队|率团|一行)?(到|赴|前往|深入)(" + RuleKit.IN + "{1,40}?)(开展|进行)(" + RuleKit.IN + "{0,30}?)(" + verbs + ")(?=[，。；！]|$)");
        this.trip = Pattern.compile("^(带队|率队|率团|一行)(?:还)?(前往|赴|到|来到)(" + RuleKit.IN + "{1,25}?)[，,](实地|深入|先后)?(" + verbs + ")(" + RuleKit.IN + "{0,40})");
        this.joining = Pattern.compile(kit.verbs.alternation("along"));
    }

    /**
     * A delegation's visit told over two clauses in the lead: 甲率队前往某地，（实地）考察某项目 is named
     * 甲率队前往某地实地考察某项目 (the place is 某地).
     */
    private void trip(RuleInput in, PersonMention pm, String who, int whoStart, int rel, List<EventDraft> found) {
        String s = in.text();
        int base = in.base();
        Matcher t = trip.matcher(s.substring(rel));
        if (!t.lookingAt() || joining.matcher(t.group(3)).find() || anotherIn(in, pm, base + rel + t.start(3), base + rel + t.end(3))) {
            return;
        }
        String object = t.group(6);
        Matcher said = SAID.matcher(object);
        if (said.find()) {
            object = object.substring(0, said.start());
        }
        if (object.length() < 2) {
            return;
        }
        String lead = t.group(1) + t.group(2) + t.group(3) + (t.group(4) == null ? "" : t.group(4));
        EventDraft e = new EventDraft(who + lead + t.group(5) + object, "inspection", whoStart, base + rel + t.end(), false);
        e.place = t.group(3);
        found.add(e);
    }

    /** The first person of the list {@code pm} ends (甲，某某主任乙，…丙: 甲), or {@code pm} itself. */
    private static PersonMention listHead(RuleInput in, PersonMention pm) {
        List<PersonMention> people = in.people();
        int k = people.indexOf(pm);
        String s = in.text();
        while (k > 0) {
            int gs = people.get(k - 1).end() - in.base();
            int ge = people.get(k).chainStart() - in.base();
            if (gs < 0 || gs > ge || !LIST_GAP.matcher(s.substring(gs, ge)).matches()) {
                break;
            }
            k--;
        }
        return k < 0 ? pm : people.get(k);
    }

    /** How many characters of time words open the clause before {@code at}, or -1 when other words stand there. */
    private static int opener(String s, int at) {
        if (at < 0 || at > s.length()) {
            return -1;
        }
        int cs = Clauses.start(s, at);
        if (!TIME_OPENER.matcher(s).region(cs, at).matches()) {
            return -1;
        }
        if (cs == at && cs > 1 && s.charAt(cs - 1) == '，') {
            int ps = Clauses.start(s, cs - 1); // 日前，甲到某地调研: the time words stand in a clause of their own
            return ps == 0 && TIME_OPENER.matcher(s).region(ps, cs - 1).matches() ? cs - 1 - ps : 0;
        }
        return at - cs;
    }

    /** Whether a visit's object ends in the frame of what was said or learnt there (时强调, 期间了解到). */
    private static boolean framed(String object) {
        Matcher said = SAID.matcher(object);
        return said.find() && object.charAt(said.start()) != '上';
    }

    /** Whether someone other than {@code pm} is named inside [from, to) of the clean text. */
    private static boolean anotherIn(RuleInput in, PersonMention pm, int from, int to) {
        for (PersonMention p : in.people()) {
            if (p != pm && p.start() < to && p.end() > from) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "inspection";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        if (!kit.verbs.anyIn(s, "inspects")) {
            return;
        }
        boolean lead = in.articleStart() || RuleKit.NEW_ACT.matcher(s).lookingAt();
        int base = in.base();
        for (PersonMention pm : in.people()) {
            int rel = pm.end() - base;
            if (rel < 0 || rel > s.length() || !RuleKit.overlapsNone(found, base + rel)) {
                continue;
            }
            int opener = lead ? 0 : opener(s, pm.chainStart() - base);
            if (opener < 0) {
                continue; // later in an article, only a visitor who is the subject of the clause
            }
            PersonMention head = listHead(in, pm); // 甲、乙一行到某地调研: the visit is named after 甲
            String who = head.name();
            int whoStart = head.start();
            Matcher escorted = ESCORTED.matcher(s).region(rel, s.length());
            if (escorted.lookingAt()) {
                // 甲，乙在丙陪同下莅临某地考察: the visit goes on after the companions; 甲 heads the list
                rel = escorted.end();
            }
            Matcher g = GROUP_LED.matcher(s).region(rel, s.length());
            if (g.lookingAt()) {
                who = g.group(1); // 以甲为组长的调研组到某地调研: the visitor is the group
                whoStart = base + g.start(1);
                rel = g.end();
            }
            Matcher c = carried.matcher(s.substring(rel));
            if (c.lookingAt() && !joining.matcher(c.group(3)).find() && !anotherIn(in, pm, base + rel + c.start(3), base + rel + c.end(3))) {
                String activity = c.group(5) + c.group(6);
                boolean named = kit.walker.specificPart(c.group(5).replaceAll("[《》“”]", "")).length() >= 4;
                String name = named ? activity : who + c.group(2) + c.group(3) + c.group(4) + activity;
                int ns = named ? base + rel + c.start(5) : whoStart;
                EventDraft e = new EventDraft(name, "inspection", ns, base + rel + c.end(), false);
                e.place = c.group(3);
                found.add(e);
                continue;
            }
            Matcher m = inspect.matcher(s.substring(rel));
            if (!m.lookingAt() && in.articleStart()) {
                trip(in, pm, who, whoStart, rel, found);
                continue;
            }
            if (!lead && m.lookingAt() && (m.group(1) == null && m.group(2) == null && !LATER_WHERE.matcher(m.group(3)).matches()
                    || m.group(5).length() < 2 || opener == 0 && !framed(m.group(5)))) {
                // later in an article, a visit of its own: opened by a time word (日前，甲到某地调研某处) or the
                // frame of what was said there (甲在某地调研某处时指出); 甲考察了某处 goes on with the visit told
                continue;
            }
            if (!m.lookingAt() || joining.matcher(m.group(3)).find() || m.group(3).startsWith("、") || m.group(3).contains("就") || HELD_BY.matcher(m.group(3)).find()
                    || anotherIn(in, pm, base + rel + m.start(3), base + rel + m.end(3))) {
                continue; // 甲、乙等调研: the visitor is the list, not 乙 and what follows
            }
            String where = m.group(3);
            Matcher led = LED_TO.matcher(where);
            String go = m.group(2) == null ? "" : m.group(2);
            if (led.matches()) {
                where = led.group(1);
                go = m.group(3).substring(0, m.group(3).length() - where.length());
            }
            String object = m.group(5);
            Matcher said = SAID.matcher(object);
            if (said.find()) {
                object = object.substring(0, said.start()); // 甲在某地调研时强调: the visit ends at 时
            }
            String name;
            int ns;
            if (!where.isEmpty()) {
                name = who + go + where + m.group(4) + object;
                ns = whoStart;
            } else {
                name = m.group(4) + object;
                ns = base + rel + m.start(4);
            }
            if (name.length() >= 4 && (!object.isEmpty() || !where.isEmpty())) {
                EventDraft e = new EventDraft(name, "inspection", ns, base + rel + m.end(), false);
                e.place = where.isEmpty() ? object : where;
                found.add(e);
            }
        }
    }
}
