package newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.model.Evidence;
import newsgraph.model.Official;
import newsgraph.model.Position;

/**
 * Turns an official's titles into the posts the graph keys {@code :Position} nodes by. A title that
 * names its body ({@code 东岳自贸片区管委主任}) is its own key. A bare post ({@code 区长}) is
 * qualified by the title written just before it for the same person, the way the text reads
 * ({@code 东岳新区工委副书记、区长} = {@code 东岳新区区长}):
 * <ul>
 *   <li>a post that starts with a level (区/市/县/省/镇/乡/州) takes the jurisdiction of the title
 *       before it when that jurisdiction is of the same level ({@code 东岳新区} + {@code 区长});
 *       a post of another level stays bare ({@code 市委常委} after a district title);
 *   <li>any other post takes the organization of the title before it ({@code 区总工会党组书记、
 *       常务副主席} = {@code 区总工会常务副主席});
 *   <li>otherwise it stays bare and is marked {@code qualified = false}: a bare 区长 node stands for
 *       "a district head somewhere" and is never merged into a qualified one.
 * </ul>
 */
public final class Titles {

    /** Bodies that follow a jurisdiction in a title: 东岳新区|工委, 东岳自贸片区|管委, 市|人大常委会. */
    private static final Pattern JURISDICTION = Pattern.compile(
            "^(.*?[区市县省镇乡州])(?=党工委|工委|管委|区委|市委|县委|省委|党委|党组|人大|政协|人民政府|政府|纪委|监委)");
    private static final String LEVELS = "区市县省镇乡州";

    /** One post as the graph keys it. {@code organization} is the body it is {@code OF}, or null. */
    public record Title(String title, String post, String organization, boolean qualified, String asWritten,
                        Evidence evidence) {}

    private Titles() {}

    public static List<Title> of(Official official) {
        List<Position> positions = official.positions().isEmpty()
                ? official.titles().stream().map(t -> new Position(t, null, t, null)).toList()
                : official.positions();
        List<Title> out = new ArrayList<>();
        String previousOrganization = null;
        String previousJurisdiction = null;
        for (Position p : positions) {
            String written = Names.key(p.title());
            String post = Names.key(p.post());
            String organization = Names.key(p.organization());
            if (written == null || post == null) {
                continue;
            }
            String jurisdiction = jurisdiction(written);
            if (organization != null || jurisdiction != null || !written.equals(post)) {
                // The title names its body (split by the extractor, or recognisable by its jurisdiction).
                out.add(new Title(written, post, organization, true, p.title(), p.evidence()));
                if (organization != null) {
                    previousOrganization = organization;
                }
                if (jurisdiction != null) {
                    previousJurisdiction = jurisdiction;
                }
                continue;
            }
            char level = post.charAt(0);
            if (LEVELS.indexOf(level) >= 0) {
                if (previousJurisdiction != null && previousJurisdiction.charAt(previousJurisdiction.length() - 1) == level) {
                    out.add(new Title(previousJurisdiction + post, post, null, true, p.title(), p.evidence()));
                } else {
                    out.add(new Title(post, post, null, false, p.title(), p.evidence()));
                }
            } else if (previousOrganization != null) {
                out.add(new Title(previousOrganization + post, post, previousOrganization, true, p.title(), p.evidence()));
            } else {
                out.add(new Title(post, post, null, false, p.title(), p.evidence()));
            }
        }
        return out;
    }

    /** The jurisdiction a title starts with ({@code 东岳新区} of {@code 东岳新区工委副书记}), or null. */
    static String jurisdiction(String title) {
        Matcher m = JURISDICTION.matcher(title);
        return m.find() ? m.group(1) : null;
    }
}
