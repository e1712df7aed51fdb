package newsgraph.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.text.Clauses;

/**
 * In the first sentences of an article, or a sentence that opens a new act ({@link RuleKit#NEW_ACT}: 3月31日，),
 * a signing told by what the parties did, as a whole clause
 * (after the article lead):
 * {@code 甲与乙（在某地）签署/签订/续签X协议（合同, 备忘录）} or {@code 甲与乙（就X）（进行）（合作）签约}.
 * The parties are two organizations joined by 与, 和 or 同 (no person: 甲与乙代表双方签约 names the
 * signatories of a signing told elsewhere); the name is the clause without its place (甲与乙签署X协议).
 * Kind {@code signing}. A later 签约仪式 of the same parties merges into it ({@link EventMerger}).
 */
final class SigningRule implements EventRule {
    private static final String IN = RuleKit.IN;
    private static final Pattern SIGNING = Pattern.compile("(" + IN + "{2,40}?[与和同]" + IN + "{2,40}?)"
            + "(?:在" + IN + "{2,20}?)?(?:正式|成功|集中|现场)?"
            + "(?:(签署|签订|续签)(?:了)?(" + IN + "{2,40}?(?:协议|合同|备忘录|协定|意向书)》?)"
            + "|((?:就" + IN + "{2,40}?)?(?:进行|举行)?(?:合作|战略合作|项目)?)签约)");

    /**
     * 甲与乙代表双方签约, 甲与乙见证签约: people signing or witnessing for the parties, told elsewhere;
     * 同时宣布已与乙签订, 称其已与乙签订: a clause whose subject came before, or speech about a signing, so
     * no parties are named.
     */
    /** 双方（还）签署了《X》: both sides, named before, sign a document with a title of its own. */
    private static final Pattern BOTH = Pattern.compile("^(双方|三方|两地|两市|两省)(?:还|也|正式|共同){0,2}(签署|签订|续签)(?:了)?(《[^》]{2,60}》)");

    private static final Pattern WITNESS = Pattern.compile("见证|代表|双方|宣布|同时|(?<![下简])称|表示");

    private final RuleKit kit;

    SigningRule(RuleKit kit) {
        this.kit = kit;
    }

    /** Whether a person is named in [from, to) of the clean text: then the parties are people, not parties. */
    private static boolean personIn(RuleInput in, int from, int to) {
        return in.people().stream().anyMatch(p -> p.start() >= from && p.end() <= to);
    }

    @Override
    public String name() {
        return "signing";
    }

    @Override
    public void apply(RuleInput in, List<EventDraft> found) {
        String s = in.text();
        if (!s.contains("签") || !(in.articleStart() || RuleKit.NEW_ACT.matcher(s).lookingAt())) {
            return;
        }
        for (int cs = 0; cs < s.length(); cs = Clauses.end(s, cs) + 1) {
            String raw = s.substring(cs, Clauses.end(s, cs));
            String clause = RuleKit.leadStripped(raw);
            Matcher both = BOTH.matcher(clause);
            if (both.lookingAt()) {
                int start = in.base() + cs + raw.indexOf(clause);
                if (RuleKit.overlapsNone(found, start)) {
                    found.add(new EventDraft(both.group(1) + both.group(2) + both.group(3), "signing", start, start + both.end(), false));
                }
                continue;
            }
            Matcher m = SIGNING.matcher(clause);
            if (!m.matches() || kit.walker.specificPart(m.group(1)).length() < 4 || WITNESS.matcher(m.group(1)).find()) {
                continue;
            }
            int start = in.base() + cs + raw.indexOf(clause);
            if (!RuleKit.overlapsNone(found, start) || personIn(in, start, start + m.end(1))) {
                continue;
            }
            String name = m.group(2) != null ? m.group(1) + m.group(2) + m.group(3) : m.group(1) + m.group(4) + "签约";
            found.add(new EventDraft(name, "signing", start, start + clause.length(), false));
        }
    }
}
