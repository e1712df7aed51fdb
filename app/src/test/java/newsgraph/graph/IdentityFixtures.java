package newsgraph.graph;

import static newsgraph.graph.Fixtures.ev;

import java.util.ArrayList;
import java.util.List;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import newsgraph.model.Official;
import newsgraph.model.Organization;
import newsgraph.model.Participant;
import newsgraph.model.Position;

/**
 * Short fictional articles of two cities' papers (临江, 青河), written for the identity tests: each
 * city's 市委常委会会议 on the same day with a 市长王军 and a 市委.
 */
final class IdentityFixtures {

    private IdentityFixtures() {}

    /** One paper's report of its city's standing committee meeting, 2024-03-05. */
    static ArticleExtraction standingCommittee(String paper, String meeting) {
        String chair = "市委书记周明远主持会议，市长王军出席。";
        String t = "来源：" + paper + "\n3月5日，" + meeting + "召开。" + chair + "会议由市委召集。";
        return new ArticleExtraction(meeting + "召开", "2024-03-05", List.of("李晓"),
                List.of(new Official("周明远", List.of("市委书记"), List.of(
                                new Position("市委书记", "市委", "书记", ev(t, chair))), true),
                        new Official("王军", List.of("市长"), List.of(new Position("市长", null, "市长", ev(t, chair))), true)),
                List.of(new Event(meeting, List.of(), "meeting", "2024-03-05", null,
                        List.of(new Participant("周明远", List.of("chaired"), ev(t, chair)),
                                new Participant("王军", List.of("attended"), ev(t, chair))),
                        List.of(), false, ev(t, meeting + "召开。"))),
                List.of(new Organization("市委", "party", List.of(), ev(t, "会议由市委召集。"))),
                List.of(), List.of(), t, 0, t.length());
    }

    /** A later article of the 临江 paper about its mayor, named with the full title. */
    static ArticleExtraction mayorInspects(String paper) {
        String s = "临江市市长王军到开发区调研。";
        String t = "来源：" + paper + "\n4月2日，" + s;
        return new ArticleExtraction("王军调研开发区", "2024-04-02", List.of(),
                List.of(new Official("王军", List.of("临江市市长"), List.of(new Position("临江市市长", null, "市长", ev(t, s))), true)),
                List.of(), List.of(), List.of(), List.of(), t, 0, t.length());
    }

    /** A ceremony of one day, named as the paper names it; optionally a second act the same day. */
    static ArticleExtraction signing(String paper, String ceremony, String... otherActs) {
        String s = ceremony + "举行。";
        StringBuilder t = new StringBuilder("来源：" + paper + "\n5月8日，" + s);
        List<Event> events = new ArrayList<>();
        events.add(new Event(ceremony, List.of(), "signing", "2024-05-08", null, List.of(), List.of(), false,
                new newsgraph.model.Evidence(s, t.indexOf(s), t.indexOf(s) + s.length())));
        for (String other : otherActs) {
            String o = "同日，" + other + "举行。";
            int at = t.length();
            t.append(o);
            events.add(new Event(other, List.of(), "meeting", "2024-05-08", null, List.of(), List.of(), false,
                    new newsgraph.model.Evidence(o, at, at + o.length())));
        }
        return new ArticleExtraction(ceremony, "2024-05-08", List.of(), List.of(), events, List.of(), List.of(), List.of(),
                t.toString(), 0, t.length());
    }
}
