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
 *   <li>a 会见: {@code 某某会见…}, named by the whole clause;</li>
 *   <li>an inspection: {@code 某某（带队）调研/考察/视察…};</li>
 *   <li>events only mentioned ({@code mentionedOnly}): {@code 召开的X}, {@code 举办X}, and named
 *       events with an ordinal (第二次会议, 第33届…节) that are not reported as taking place.</li>
 * </ul>
 */
public final class EventRecognizer {
    private static final Pattern HAPPENS = Pattern.compile("(?:在([^，。；、]{1,25}?))?(?:隆重|正式|成功|同步|顺利)?(召开|举行|举办|开幕|启幕|启动|开班|揭牌)(?=[。，；！]|$)");
    private static final Pattern LEADING = Pattern.compile("^(本报[^讯]{0,10}讯)?\\s*((\\d{1,2}月)?\\d{1,2}日|今天|今日|昨天|昨日|近日|日前|当天|当日)?(上午|下午|晚上|晚间|晚|早上|中午)?[，,]?\\s*");
    private static final Pattern VO = Pattern.compile("(召开|举办|举行)(了)?([^，。；]{4,40})(?=[，。；]|$)");
    private static final Pattern ATTRIB = Pattern.compile("(召开|举行|举办)的([^，。；]{3,30})");
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十百零\\d]+[届次]");
    private static final Pattern INSPECT = Pattern.compile("^(带队|率队|一行)?(到|赴|前往|深入)?([^，。；]{0,20}?)(调研|考察|视察)([^，。；]{0,30})");

    private final Lexicons lex;
    private final NameWalker walker;

    public EventRecognizer(Lexicons lex) {
        this.lex = lex;
        this.walker = new NameWalker(lex);
    }

    public List<EventDraft> recognize(String s, int base, List<Token> tokens, List<PersonMention> people, boolean articleStart) {
        List<EventDraft> out = new ArrayList<>();
        Matcher m = HAPPENS.matcher(s);
        while (m.find()) {
            int subjEnd = m.start();
            int cs = subjEnd;
            while (cs > 0 && "，。；：！？\n".indexOf(s.charAt(cs - 1)) < 0) {
                cs--;
            }
            String subject = s.substring(cs, subjEnd);
            Matcher lead = LEADING.matcher(subject);
            int skip = lead.lookingAt() ? lead.end() : 0;
            String name = subject.substring(skip).strip();
            String head = lex.eventKinds().longestEndingAt(name, name.length());
            if (head == null || name.length() - head.length() < 2 || name.length() > 90) {
                continue;
            }
            EventDraft e = new EventDraft(name, lex.eventKinds().value(head, 1), base + cs + skip, base + subjEnd, false);
            e.place = m.group(1);
            out.add(e);
        }
        for (PersonMention pm : people) {
            int rel = pm.end() - base;
            if (rel < 0 || rel > s.length()) {
                continue;
            }
            if (s.startsWith("会见", rel) || s.startsWith("会谈", rel)) {
                int ce = rel;
                while (ce < s.length() && "，。；！？\n".indexOf(s.charAt(ce)) < 0) {
                    ce++;
                }
                EventDraft e = new EventDraft(pm.name() + s.substring(rel, ce), "visit", pm.start(), base + ce, false);
                e.addRole(pm.name(), "met", base, base + s.length());
                for (PersonMention other : people) {
                    if (other != pm && other.start() >= base + rel && other.end() <= base + ce) {
                        e.addRole(other.name(), "attended", base, base + s.length());
                    }
                }
                out.add(e);
                continue;
            }
            if (articleStart) {
                Matcher in = INSPECT.matcher(s.substring(rel));
                if (in.lookingAt() && overlapsNone(out, base + rel)) {
                    String where = in.group(3);
                    String object = in.group(5);
                    String name = object.isEmpty() ? (in.group(2) == null ? "" : in.group(2)) + where + in.group(4)
                            : in.group(4) + object;
                    if (name.length() >= 4) {
                        int ns = base + rel + (object.isEmpty() ? in.start(2) >= 0 ? in.start(2) : in.start(3) : in.start(4));
                        EventDraft e = new EventDraft(name, "inspection", ns, ns + name.length(), false);
                        e.place = object.isEmpty() ? (where.isEmpty() ? null : where) : object;
                        out.add(e);
                    }
                }
            }
        }
        Matcher vo = VO.matcher(s);
        while (vo.find()) {
            if (!vo.group(3).startsWith("的")) {
                addMentioned(out, vo.group(3), base + vo.start(3));
            }
        }
        Matcher at = ATTRIB.matcher(s);
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
        Matcher o = ORDINAL.matcher(s);
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

    private void addMentioned(List<EventDraft> out, String name, int start) {
        String head = lex.eventKinds().longestEndingAt(name, name.length());
        if (head == null || walker.specificPart(name.substring(0, name.length() - head.length())).length() < 2) {
            return;
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

    private static boolean overlapsNone(List<EventDraft> out, int pos) {
        for (EventDraft e : out) {
            if (e.start <= pos && e.end >= pos) {
                return false;
            }
        }
        return true;
    }
}
