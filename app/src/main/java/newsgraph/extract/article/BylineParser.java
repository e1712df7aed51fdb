package newsgraph.extract.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names in bylines ({@code □记者 周立 韩冰 报道}, {@code 通讯员 方雪 报道},
 * {@code □东岳日报/新闻客户端记者 林 岚}), photo credits ({@code … 张三 摄}) and page credits
 * ({@code 主编 … 美编 …}). Requires the paragraph text with its spaces kept (the cleaner keeps them in
 * such lines): names are separated by spaces, and single characters next to each other are one name
 * spaced out for the layout (林 岚 = 林岚).
 */
public final class BylineParser {
    private static final Pattern REPORTER = Pattern.compile(
            "^[□■\\s]*([^\\s，。；]{0,16}?)(记者|通讯员|特约记者|见习记者|作者|撰稿)\\s*[:：]?\\s*(.*?)\\s*(报道|/文|文|供稿|整理)?$");
    private static final Pattern PHOTO = Pattern.compile("((?:[\\p{IsHan}]\\s?){2,4}(?:\\s+(?:[\\p{IsHan}]\\s?){2,4})*)\\s*(?:摄影|摄)\\s*$");
    private static final Pattern STAFF = Pattern.compile("(主编|美编|审读|排版|责编|责任编辑|校对|编辑|值班主任)[:：]?");

    /** Reporter names when {@code text} is a byline line, else empty. */
    public List<String> reporters(String text) {
        String t = text.strip();
        if (t.length() > 40 || t.endsWith("摄")) {
            return List.of(); // 本报记者 甲 摄 is a photo credit
        }
        Matcher m = REPORTER.matcher(t);
        if (!m.matches()) {
            return List.of();
        }
        String names = m.group(3);
        if (names.isBlank() || names.contains("，") || names.contains("。")) {
            return List.of();
        }
        // A second label on the same line: 记者 甲 通讯员 乙 报道.
        names = names.replaceAll("(记者|通讯员|特约记者|见习记者|作者)", " ");
        return names(names);
    }

    /** Photographer names when {@code text} ends with a photo credit (… 摄), else empty. */
    public List<String> photographers(String text) {
        Matcher m = PHOTO.matcher(text.strip());
        if (!m.find()) {
            return List.of();
        }
        String before = text.strip().substring(0, m.start());
        if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))
                && "。！？■".indexOf(before.charAt(before.length() - 1)) < 0) {
            return List.of();
        }
        return names(m.group(1));
    }

    /** Names in page credits (主编 … 美编 …). */
    public List<String> staff(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = STAFF.matcher(text);
        int from = -1;
        while (m.find()) {
            if (from >= 0) {
                out.addAll(names(text.substring(from, m.start())));
            }
            from = m.start() + m.group(1).length();
        }
        if (from >= 0) {
            out.addAll(names(text.substring(from)));
        }
        return out;
    }

    /** Splits space-separated names, joining runs of single characters (林 岚 → 林岚). */
    static List<String> names(String s) {
        String[] parts = s.strip().split("[\\s、，,/]+");
        List<String> out = new ArrayList<>();
        StringBuilder singles = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.codePointCount(0, p.length()) == 1) {
                singles.append(p);
                continue;
            }
            flush(singles, out);
            out.add(p);
        }
        flush(singles, out);
        out.removeIf(n -> n.length() < 2 || n.length() > 4 || !n.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return out;
    }

    private static void flush(StringBuilder singles, List<String> out) {
        if (singles.length() > 0) {
            out.add(singles.toString());
            singles.setLength(0);
        }
    }
}
