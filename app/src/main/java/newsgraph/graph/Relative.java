package newsgraph.graph;

import newsgraph.extract.lexicon.Lexicon;
import newsgraph.model.Region;

/**
 * Names written relative to the article's region: a name that starts with a level character (市委,
 * 区总工会, 市委常委会会议, 区行政中心), or with 本/全 and one (全市工作会议), stands for that level's
 * jurisdiction of the region: 市委 in an article of 临江市 is 临江市委. Without that jurisdiction the
 * name cannot be placed, and the caller keeps it local to its article. Words such as 市场 or 区域
 * that start with a level character are not relative ({@code lexicons/not-relative.tsv}).
 */
final class Relative {

    private static final String LEVELS = "省市州县区旗镇乡";
    private static final Lexicon NOT_RELATIVE = Lexicon.load("not-relative.tsv");

    private Relative() {}

    /** Whether the (key form of a) name is written relative to a region. */
    static boolean is(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        if (name.equals("新区")) {
            return true;
        }
        String rest = name.startsWith("本") || name.startsWith("全") ? name.substring(1) : name;
        return !rest.isEmpty() && LEVELS.indexOf(rest.charAt(0)) >= 0 && NOT_RELATIVE.longestAt(rest, 0) == null
                && !(rest.length() > 1 && LEVELS.indexOf(rest.charAt(1)) >= 0 && rest.charAt(1) != rest.charAt(0));
    }

    /**
     * The name with its level character replaced by that jurisdiction of the region (市委 → 临江市委,
     * 区总工会 → 东岳区总工会, 新区 → 东岳新区); the name itself when it is not relative; null when it
     * is relative and the region has no jurisdiction of that level.
     */
    static String resolve(String name, Region region) {
        if (!is(name)) {
            return name;
        }
        if (region == null) {
            return null;
        }
        if (name.equals("新区")) {
            String district = region.at('区');
            return district != null && district.endsWith("新区") ? district : null;
        }
        String rest = name.startsWith("本") || name.startsWith("全") ? name.substring(1) : name;
        String jurisdiction = region.at(rest.charAt(0));
        return jurisdiction == null ? null : jurisdiction + rest.substring(1);
    }

    /**
     * A bare post of the region: 区长 → 东岳区区长, 副市长 → 临江市副市长, and a post of the level's party
     * committee like a name (市委常委 → 临江市委常委); null when the post has no level or the region no
     * jurisdiction of it.
     */
    static String post(String post, Region region) {
        if (region == null || post == null) {
            return null;
        }
        String head = post.replaceFirst("^(常务副|副)", "");
        if (head.isEmpty() || LEVELS.indexOf(head.charAt(0)) < 0 || !is(head)) {
            return null;
        }
        if (head.length() > 1 && head.charAt(1) == '委' && head.equals(post)) {
            return resolve(post, region);
        }
        String jurisdiction = region.at(head.charAt(0));
        return jurisdiction == null ? null : jurisdiction + post;
    }
}
