package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.text.StartGate;

/**
 * Events only mentioned ({@link EventDraft#mentionedOnly}): {@code 召开/举行/举办的X} (X cut after its
 * last event head noun), and named events with an ordinal (第二次会议, 第33届…节), their name running
 * back to the nearest boundary (punctuation, a preposition, a study marker).
 */
final class MentionedEventRule implements EventRule {
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十百零\\d]+[届次]");

    private final RuleKit kit;
    private final Pattern attrib;
    /** Every match of {@link #attrib} begins with a verb: the pattern is tried at their first characters only. */
    private final StartGate attribStarts;

    MentionedEventRule(RuleKit kit) {
        this.kit = kit;
        this.attrib = Pattern.compile("(" + kit.verbs.alternation("holds") + ")的(" + RuleKit.IN + "{3,30})");
        this.attribStarts = RuleKit.firstsOf(kit.verbs.of("holds"));
    }

    @Override
    public String name() {
        return "mentioned-event";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        int base = in.base();
        Matcher at = attrib.matcher(s);
        boolean any = kit.verbs.anyIn(s, "happens");
        for (int from = 0; any && attribStarts.find(at, s, from); from = StartGate.next(at)) {
            String obj = at.group(2);
            for (int e = obj.length(); e > 0; e--) {
                if (kit.lex.eventKinds().longestEndingAt(obj, e) != null) {
                    kit.addMentioned(found, obj.substring(0, e), base + at.start(2));
                    break;
                }
            }
        }
        Matcher o = ORDINAL.matcher(s.indexOf('第') >= 0 ? s : "");
        while (o.find()) {
            int headEnd = -1;
            for (int e = o.end() + 1; e <= Math.min(s.length(), o.end() + 20); e++) {
                if ("，。；、“”《》在".indexOf(s.charAt(e - 1)) >= 0) {
                    // 第三次出现在省内车展: an ordinal of a time something happened, not of an event's edition
                    break;
                }
                if (kit.lex.eventKinds().longestEndingAt(s, e) != null
                        && !(e < s.length() && kit.lex.eventKinds().longestEndingAt(s, e + 1) != null)) {
                    headEnd = e;
                    break;
                }
            }
            if (headEnd < 0) {
                continue;
            }
            int start = o.start();
            while (start > 0 && o.end() - start < 40 && "，。；、：“”《》（）\n在的和与及就对为以".indexOf(s.charAt(start - 1)) < 0
                    && kit.lex.studyMarkers().longestEndingAt(s, start) == null && !kit.boundaryEndingAt(s, start)) {
                start--;
            }
            kit.addMentioned(found, s.substring(start, headEnd), base + start);
        }
    }
}
