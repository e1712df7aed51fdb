package newsgraph.extract.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.text.PageCleaner;
import newsgraph.extract.text.StartGate;

/**
 * Reads the names in bylines ({@code □记者 周立 韩冰 报道}, {@code 通讯员 方雪 报道},
 * {@code □东岳日报/新闻客户端记者 林 岚}, {@code （实习生 甲 记者 乙）}), photo credits ({@code … 张三 摄}),
 * page credits ({@code 主编 … 美编 …}) and the credits in a web page's metadata line
 * ({@code 来源：某某日报（记者 甲）}, {@code 来源：某某发布 记者：甲 编辑：乙}). Requires the paragraph text
 * with its spaces kept (the cleaner keeps them in such lines): names are separated by spaces or 、,
 * and single characters next to each other are one name spaced out for the layout (林 岚 = 林岚).
 * 记者, 通讯员, 实习生 and 作者 credit reporters (after 文/图 or a bar: 文/图 记者 甲, 记者丨甲); 编辑,
 * 责任编辑, 审核, 摄影记者 and the like credit staff, and a byline's names stop at them. Given the family names (surnames.tsv), a run of names printed without
 * separators (甲乙, two or three characters each) is split where each part starts with a family name
 * and there is only one way to do so (four characters: when they are two names of two). A reporter's
 * photo credit (记者 甲 摄) credits a reporter; a line of bare names closing an article ({@code （甲）})
 * credits its author.
 */
public final class BylineParser {
    private static final String REPORTER_LABELS = "特约记者|见习记者|记者|通讯员|实习生|作者|撰稿";
    private static final Pattern REPORTER = Pattern.compile(
            "^[□■\\s]*([^\\s，。；]{0,16}?)(" + REPORTER_LABELS + ")\\s*[:：丨｜|]?\\s*(.*?)\\s*(报道|/文|文|供稿|整理)?$");
    private static final Pattern LABEL = Pattern.compile("(?:本报)?(?:" + REPORTER_LABELS + ")\\s*[:：丨｜|]?");
    /** What separates the names of a byline (compiled once: String.split compiled it on every call). */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s、，,/丨｜|]+");
    /** 文/图 before a byline: 文/图 记者 甲. */
    private static final Pattern TEXT_AND_PHOTO = Pattern.compile("^(?:文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|文|图)\\s+");
    private static final Pattern PHOTO = Pattern.compile("((?:[\\p{IsHan}]\\s?){2,4}(?:\\s+(?:[\\p{IsHan}]\\s?){2,4})*)\\s*(?:摄影|摄)\\s*$");
    private static final Pattern STAFF = Pattern.compile("(主编|美编|审读|排版|责编|责任编辑|校对|编辑|值班主任|审核|审校|终审|摄影记者|摄影|摄像)[:：]?");
    /** The characters the words of {@link #STAFF} start with. */
    private static final String STAFF_FIRST_CHARS = "主美审排责校编值终摄";
    private static final StartGate STAFF_STARTS = new StartGate(STAFF_FIRST_CHARS);
    /** A field of a web page's metadata line: 来源：…, 记者：…, 编辑：…. */
    private static final Pattern FIELD = Pattern.compile("([\\p{IsHan}]{1,8})\\s*[:：]\\s*");
    private static final Pattern REPORTER_FIELD = Pattern.compile("(?:" + REPORTER_LABELS + ")$");
    /** How the name of an office or an account ends, never a person's: 作者：区政府办, 作者：石溪发布. */
    private static final Pattern OFFICE_END = Pattern.compile("(办|局|委|府|院|厅|部|会|处|站|心|所|室|队|社|报|台|网|组|科|发布)$");

    /** A photo credit by a reporter at the end of a caption: 记者 甲 摄, 。特约记者甲乙摄 (the credit of a staff journalist). */
    private static final Pattern REPORTER_PHOTO = Pattern.compile(
            "(?:^|[\\s。！？■])(?:本报)?(?:特约记者|见习记者|记者|通讯员)\\s*[:：]?\\s*((?:[\\p{IsHan}][\\s、]?){2,12}?)\\s*摄\\s*$");
    /** A line that is only names, perhaps bracketed, as an article's closing author credit: （甲）, 甲 乙. */
    private static final Pattern NAMES_ONLY = Pattern.compile("[（(]?\\s*((?:[\\p{IsHan}]{2,3}[\\s、]*){1,3})[）)]?");

    /** Family names, single and compound; empty: names printed without separators are not split. */
    private final Set<String> surnames;

    public BylineParser() {
        this(Set.of());
    }

    public BylineParser(Set<String> surnames) {
        this.surnames = Set.copyOf(surnames);
    }

    /** Reporter names when {@code text} is a byline line (bracketed or not), else empty. */
    public List<String> reporters(String text) {
        String u = unbracketed(text.strip());
        // TEXT_AND_PHOTO opens with 文 or 图: other lines (nearly all) are not searched
        String t = u.startsWith("文") || u.startsWith("图") ? TEXT_AND_PHOTO.matcher(u).replaceFirst("") : u;
        if (t.length() > 40 || t.endsWith("摄")) {
            return List.of(); // 本报记者 甲 摄 is a photo credit
        }
        if (!holdsLabel(t)) {
            return List.of(); // cheap: REPORTER needs a label, and its lazy prefix backtracks on every short line
        }
        Matcher m = REPORTER.matcher(t);
        if (!m.matches()) {
            return List.of();
        }
        String names = m.group(3);
        if (names.isBlank() || names.contains("，") || names.contains("。")) {
            return List.of();
        }
        Matcher staff = STAFF.matcher(names);
        if (staff.find()) {
            names = names.substring(0, staff.start()); // 记者：甲 编辑：乙, 记者 甲 摄影记者 乙
        }
        // A second label on the same line: 记者 甲 通讯员 乙 报道, 实习生 甲 记者 乙.
        return split(names(LABEL.matcher(names).replaceAll(" ")));
    }

    /**
     * Reporters credited in a web page's metadata line: a bracketed byline (来源：某某日报（记者 甲）), a
     * field (记者：甲, 作者：甲) or a byline in another field (来源：某某日报 记者 甲). A 作者 field often
     * names an office or an account instead, so its names must be of two or three characters, start
     * with a family name when the family names are known, and not end like an office (…办, …发布).
     */
    public List<String> metaReporters(String line) {
        List<String> out = new ArrayList<>();
        Matcher bb = PageCleaner.BRACKET_BYLINE.matcher(line);
        while (bb.find()) {
            out.addAll(reporters(line.substring(bb.start(), bb.end())));
        }
        forEachField(line, (label, value) -> {
            if (REPORTER_FIELD.matcher(label).find()) {
                boolean author = label.endsWith("作者");
                for (String n : split(names(value))) {
                    if (!author || n.length() <= 3 && !OFFICE_END.matcher(n).find() && (surnames.isEmpty() || startsWithSurname(n))) {
                        out.add(n);
                    }
                }
            } else if (!STAFF.matcher(label).find()) {
                Matcher byline = LABEL.matcher(value); // 来源：某某日报 记者 甲
                if (byline.find()) {
                    out.addAll(reporters(value.substring(byline.start())));
                }
            }
        });
        return out;
    }

    /** Staff credited in a web page's metadata line (编辑：乙, 责任编辑：丙, 审核：丁). */
    public List<String> metaStaff(String line) {
        List<String> out = new ArrayList<>();
        forEachField(line, (label, value) -> {
            Matcher s = STAFF.matcher(label);
            if (s.find() && s.end() == label.length()) {
                out.addAll(split(names(value)));
            }
        });
        return out;
    }

    private static void forEachField(String line, java.util.function.BiConsumer<String, String> f) {
        Matcher m = FIELD.matcher(line);
        String label = null;
        int from = 0;
        while (m.find()) {
            if (label != null) {
                f.accept(label, line.substring(from, m.start()));
            }
            label = m.group(1);
            from = m.end();
        }
        if (label != null) {
            f.accept(label, line.substring(from));
        }
    }

    /**
     * Reporters credited for a photo at the end of {@code text} ({@code …出发。记者甲乙摄}): a reporter
     * who took the picture is still the paper's reporter; a bare credit (甲 摄) is not.
     */
    public List<String> photoReporters(String text) {
        String t = text.strip();
        if (!t.endsWith("摄")) {
            return List.of(); // the credit closes the text: most paragraphs need no regex search
        }
        Matcher m = REPORTER_PHOTO.matcher(t);
        return m.find() ? split(names(m.group(1))) : List.of();
    }

    /**
     * Names when {@code text} is nothing but one to three names that start with a family name, perhaps
     * in brackets ({@code （甲）}, {@code 甲 乙}): the author credit that closes an article; else empty.
     * Empty without the family names.
     */
    public List<String> creditNames(String text) {
        Matcher m = NAMES_ONLY.matcher(text.strip());
        if (surnames.isEmpty() || !m.matches()) {
            return List.of();
        }
        List<String> out = split(names(m.group(1))); // names run together when the cleaner took the spaces out
        if (out.isEmpty()) {
            return List.of();
        }
        for (String n : out) {
            if (n.length() > 3 || !startsWithSurname(n) || OFFICE_END.matcher(n).find()) { // （宣传部） is an office
                return List.of();
            }
        }
        return out;
    }

    /** Photographer names when {@code text} ends with a photo credit (… 摄), else empty. */
    public List<String> photographers(String text) {
        String t = text.strip();
        if (!endsWithCredit(t, t.length()) && !(t.endsWith("\u0085") && endsWithCredit(t, t.length() - 1))) {
            return List.of(); // the credit closes the text: spares a backtracking search of every position
        }
        Matcher m = PHOTO.matcher(t);
        if (!m.find()) {
            return List.of();
        }
        String before = t.substring(0, m.start());
        if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))
                && "。！？■".indexOf(before.charAt(before.length() - 1)) < 0) {
            return List.of();
        }
        return names(m.group(1));
    }

    /** Names in page credits (主编 … 美编 …). */
    public List<String> staff(String text) {
        List<String> out = new ArrayList<>();
        if (!holdsAny(text, STAFF_FIRST_CHARS)) {
            return out; // no staff word can start anywhere: spares a regex search of every position
        }
        Matcher m = STAFF.matcher(text);
        int from = -1;
        for (int at = 0; STAFF_STARTS.find(m, text, at); at = StartGate.next(m)) { // tried at those characters only
            if (from >= 0) {
                out.addAll(split(names(text.substring(from, m.start()))));
            }
            from = m.end();
        }
        if (from >= 0) {
            out.addAll(split(names(text.substring(from))));
        }
        return out;
    }

    /** Splits space-separated names, joining runs of single characters (林 岚 → 林岚). */
    static List<String> names(String s) {
        String[] parts = NAME_SEPARATORS.split(s.strip());
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
        out.removeIf(n -> n.length() < 2 || n.length() > 12 || !n.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return out;
    }

    /** The text inside a bracket that encloses all of it: （记者 甲） → 记者 甲. */
    private static final String[] LABEL_WORDS = REPORTER_LABELS.split("\\|");

    /** Whether {@code t} holds a word of {@link #REPORTER_LABELS}. */
    private static boolean holdsLabel(String t) {
        for (String w : LABEL_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String unbracketed(String t) {
        if (t.length() >= 2 && "（(".indexOf(t.charAt(0)) >= 0 && "）)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /**
     * Names with each run of five or more characters (names printed without separators) split into
     * names of two or three characters that each start with a family name, when there is exactly one
     * way to do so; a run that cannot be split so is dropped.
     */
    private List<String> split(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.length() < 4 || n.length() == 4 && (surnames.contains(n.substring(0, 2)) || !pair(n))) {
                out.add(n); // a four-character run is one name unless it is two names of two (甲乙丙丁 → 甲乙, 丙丁)
                continue;
            }
            List<List<String>> ways = new ArrayList<>();
            splits(n, 0, new ArrayList<>(), ways);
            if (ways.size() == 1) {
                out.addAll(ways.get(0));
            }
        }
        return out;
    }

    /** Whether a run of four characters is two names of two characters, each starting with a family name. */
    private boolean pair(String run) {
        return surnames.contains(run.substring(0, 1)) && surnames.contains(run.substring(2, 3));
    }

    private void splits(String run, int from, List<String> parts, List<List<String>> ways) {
        if (from == run.length()) {
            ways.add(List.copyOf(parts));
            return;
        }
        for (int len = 2; len <= 3 && from + len <= run.length() && ways.size() < 2; len++) {
            String part = run.substring(from, from + len);
            if (startsWithSurname(part)) {
                parts.add(part);
                splits(run, from + len, parts, ways);
                parts.remove(parts.size() - 1);
            }
        }
    }

    private boolean startsWithSurname(String name) {
        return surnames.contains(name.substring(0, 1)) || name.length() >= 3 && surnames.contains(name.substring(0, 2));
    }

    private static void flush(StringBuilder singles, List<String> out) {
        if (singles.length() > 0) {
            out.add(singles.toString());
            singles.setLength(0);
        }
    }

    /** Whether t[0, end) ends with 摄 or 摄影 and perhaps {@code \s} after it, as {@link #PHOTO} needs before {@code $}. */
    private static boolean endsWithCredit(String t, int end) {
        int e = end;
        while (e > 0 && " \t\n\u000B\f\r".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return t.startsWith("摄", e - 1) || t.startsWith("摄影", e - 2);
    }

    /** Whether {@code text} holds any of {@code chars}. */
    private static boolean holdsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
