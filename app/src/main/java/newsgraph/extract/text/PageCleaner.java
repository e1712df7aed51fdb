package newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1, cleaning. Requires: the raw text of one document (a page extracted from PDF, or a web
 * article). Produces: a {@link CleanText} whose paragraphs are joined by {@code '\n'}, with an
 * offset map back to the raw text.
 *
 * <ul>
 *   <li>lines inside a paragraph are joined (PDF columns break lines, and words, anywhere);</li>
 *   <li>a blank line in mid-sentence (a column ends) is bridged when the text before it is running
 *       text that stops without sentence-final punctuation;</li>
 *   <li>a paragraph starts at an indented line, at a marker (□ ■ ◆ ● ▶ ▲...), after a byline, after
 *       a continuation marker, or after a blank line that is not bridged;</li>
 *   <li>spaces next to CJK characters are dropped (林 岚 → 林岚), except in short lines that list
 *       names (bylines, page credits, photo credits) where they separate names;</li>
 *   <li>half-width punctuation typed inside Chinese text (5月27日,财政部…; 内涵:首先) is read as the
 *       full-width mark it stands for (，；：), so that it ends a clause as the full-width one does
 *       (one character for one: the offset map is unchanged; a ? stays, it is often a character the
 *       page could not encode);</li>
 *   <li>continuation markers （下转第二版） and （上接第一版） are removed and flagged on the paragraph;</li>
 *   <li>a web page's metadata line ({@code 发布时间：… 来源：…}, {@link #WEB_META}) is a paragraph of
 *       its own, so that it never joins the headline before it.</li>
 * </ul>
 */
public final class PageCleaner {
    private static final Pattern CONTINUES = Pattern.compile("[（(]\\s*下转第?\\s*([一二三四五六七八九十\\d]{1,3})\\s*版\\s*[）)]");
    private static final Pattern CONTINUED = Pattern.compile("[（(]\\s*上接第?\\s*([一二三四五六七八九十\\d]{1,3})\\s*版\\s*[）)]");
    /** Kept as the specification of {@link #nameList} (checked against it in a test). */
    static final Pattern NAME_LIST = Pattern.compile(
            "^[□■\\s]*[^，。；]{0,16}(记者|通讯员|实习生|作者)[^，。；]*$|主编|美编|审读|排版|责编|责任编辑|校对|\\s摄\\s*$|\\s摄影\\s*$");
    private static final String MARKERS = "□■◆●▶◀▲▼►◇○◎★☆";
    /** A web page's metadata line (发布时间：… 来源：…): always a paragraph of its own. */
    public static final Pattern WEB_META = Pattern.compile(
            "^(发布时间|发布日期|发布者|时间|日期|来源|信息来源|文章来源|作者|浏览次数|阅读次数|点击数|字号|【字体)\\s*[:：]");

    /**
     * A byline in brackets inside running text: （记者 甲 乙）, （本报记者 甲 整理）, （实习生 甲 记者 乙）.
     * Its spaces separate names.
     */
    public static final Pattern BRACKET_BYLINE = Pattern.compile("[（(][^（）()，。]{0,12}(记者|通讯员|实习生)[^（）()，。]{1,30}[）)]");

    private static final Pattern PHOTO_CREDIT_END = Pattern.compile("\\s摄\\s*$");

    private record Line(int start, int contentStart, int contentEnd, boolean indented) {}

    public CleanText clean(String raw) {
        List<Line> lines = splitLines(raw);
        List<List<Line>> paras = new ArrayList<>();
        List<Boolean> blankBefore = new ArrayList<>();
        List<Line> current = null;
        int currentLength = 0;
        boolean sawBlank = false;
        // what the last line of the current paragraph was (each line is tested once, as it comes)
        boolean lastMeta = false;
        boolean lastContinues = false;
        boolean lastEnds = false;
        boolean wrapped = wrapped(raw, lines);
        for (Line line : lines) {
            if (line.contentEnd == line.contentStart) {
                sawBlank = true;
                continue;
            }
            String content = raw.substring(line.contentStart, line.contentEnd);
            boolean meta = isWebMeta(content);
            boolean continues = content.indexOf('转') >= 0 && CONTINUES.matcher(content).find();
            boolean startsNew = current == null
                    || line.indented
                    || MARKERS.indexOf(content.charAt(0)) >= 0
                    || content.startsWith(">>")
                    || meta
                    || lastMeta
                    || content.indexOf('接') >= 0 && CONTINUED.matcher(content).lookingAt()
                    || currentLength <= 40 && isNameList(joined(raw, current))
                    || lastContinues
                    || lastEnds
                    || content.length() <= 20 && isNameList(content);
            if (!startsNew && sawBlank && !bridges(raw, current)) {
                startsNew = true;
            }
            if (startsNew) {
                current = new ArrayList<>();
                currentLength = 0;
                paras.add(current);
                blankBefore.add(sawBlank);
            }
            current.add(line);
            currentLength += content.length();
            lastMeta = meta;
            lastContinues = continues;
            lastEnds = !wrapped && endsParagraph(content);
            sawBlank = false;
        }
        return assemble(raw, paras, blankBefore, lines);
    }

    /**
     * Whether the page's lines are wrapped at a fixed width (a PDF or a printed page): at least eight
     * lines of ten characters or more, and half of them within two characters of the same length
     * (indents and half-width digits vary it), or no line of sixty characters or more (a fragment)
     * unless most of its lines end a sentence. Otherwise (a web page saved as text) a line is a
     * paragraph when it ends one.
     */
    private static boolean wrapped(String raw, List<Line> lines) {
        java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
        int n = 0;
        int longest = 0;
        int sentenceEnds = 0;
        for (Line l : lines) {
            int len = l.contentEnd - l.contentStart;
            longest = Math.max(longest, len);
            if (len >= 10) {
                count.merge(len, 1, Integer::sum);
                n++;
                if ("。！？；”".indexOf(raw.charAt(l.contentEnd - 1)) >= 0) {
                    sentenceEnds++;
                }
            }
        }
        int best = 0;
        for (int len : count.keySet()) {
            int near = 0;
            for (int d = -2; d <= 2; d++) {
                near += count.getOrDefault(len + d, 0);
            }
            best = Math.max(best, near);
        }
        boolean oneWidth = n >= 8 && best >= 0.5 * n;
        if (longest < 60) {
            // no line longer than a printed column: a fragment of a page, joined as before — unless
            // its lines end sentences, as a short article typed or pasted line by line does (a column
            // breaks a line at a sentence's end about one time in twenty)
            return oneWidth || n < 2 || sentenceEnds * 2 < n;
        }
        return oneWidth;
    }

    /**
     * Whether a line of an unwrapped page ends its paragraph: it ends a sentence (。！？；or a closing
     * quote), or it is a short line without sentence punctuation (a headline, a date line, a credit).
     */
    static boolean endsParagraph(String content) {
        char last = content.charAt(content.length() - 1);
        if ("。！？；”".indexOf(last) >= 0) {
            return true;
        }
        if (content.length() > 40) {
            return false;
        }
        for (int i = 0; i < content.length(); i++) {
            if ("，。、；：！？,;".indexOf(content.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #WEB_META}, tried only on lines with a colon (most lines have none). */
    private static boolean isWebMeta(String content) {
        return (content.indexOf('：') >= 0 || content.indexOf(':') >= 0) && WEB_META.matcher(content).lookingAt();
    }

    private static List<Line> splitLines(String raw) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        while (i <= n) {
            int nl = raw.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int cs = i;
            while (cs < end && isSpace(raw.charAt(cs))) {
                cs++;
            }
            int ce = end;
            while (ce > cs && (isSpace(raw.charAt(ce - 1)) || raw.charAt(ce - 1) == '\r')) {
                ce--;
            }
            out.add(new Line(i, cs, ce, cs > i));
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00a0' || c == '\u2002' || c == '\u2003'
                || c == '\r' || c == '\f' || c == '\u200b' || c == '\ufeff';
    }

    private static String joined(String raw, List<Line> para) {
        StringBuilder b = new StringBuilder();
        for (Line l : para) {
            b.append(raw, l.contentStart, l.contentEnd);
        }
        return b.toString();
    }

    private static int contentLength(List<Line> para) {
        int n = 0;
        for (Line l : para) {
            n += l.contentEnd - l.contentStart;
        }
        return n;
    }

    private static String lastContent(String raw, List<Line> para) {
        Line l = para.get(para.size() - 1);
        return raw.substring(l.contentStart, l.contentEnd);
    }

    private static boolean isNameList(String s) {
        return s.length() <= 40 && nameList(s);
    }

    private static final String[] NAME_LIST_WORDS = {"主编", "美编", "审读", "排版", "责编", "责任编辑", "校对"};
    private static final String[] NAME_LIST_ROLES = {"记者", "通讯员", "实习生", "作者"};

    /** The same as {@code NAME_LIST.matcher(s).find()}, without the regex (it was a tenth of cleaning). */
    static boolean nameList(String s) {
        for (String w : NAME_LIST_WORDS) {
            if (s.indexOf(w) >= 0) {
                return true;
            }
        }
        // ^[□■\s]*[^，。；]{0,16}(记者|通讯员|实习生|作者)[^，。；]*$ : no ，。； at all, and a role word
        // starting at most 16 characters after the leading run of □■ and whitespace
        if (s.indexOf('，') < 0 && s.indexOf('。') < 0 && s.indexOf('；') < 0) {
            int run = 0;
            while (run < s.length() && (s.charAt(run) == '□' || s.charAt(run) == '■' || isRegexSpace(s.charAt(run)))) {
                run++;
            }
            for (String r : NAME_LIST_ROLES) {
                int p = s.indexOf(r);
                if (p >= 0 && s.codePointCount(run, p) <= 16) {
                    return true;
                }
            }
        }
        // \s摄\s*$|\s摄影\s*$
        int end = s.length();
        if (end > 0 && (s.charAt(end - 1) == '\u0085' || s.charAt(end - 1) == '\u2028' || s.charAt(end - 1) == '\u2029')) {
            if (photoCreditBefore(s, end - 1)) {
                return true;
            }
        }
        return photoCreditBefore(s, end);
    }

    /** Whether s[0, end) ends with whitespace, 摄 or 摄影, then only whitespace. */
    private static boolean photoCreditBefore(String s, int end) {
        int e = end;
        while (e > 0 && isRegexSpace(s.charAt(e - 1))) {
            e--;
        }
        // \s* is greedy but may give back: 摄 must end at some e' in [e, end] with s[e', end) all space;
        // only e' == e can be preceded by 摄 (the rest are spaces)
        if (e >= 2 && s.charAt(e - 1) == '摄' && isRegexSpace(s.charAt(e - 2))) {
            return true;
        }
        return e >= 3 && s.charAt(e - 1) == '影' && s.charAt(e - 2) == '摄' && isRegexSpace(s.charAt(e - 3));
    }

    /** java.util.regex's default {@code \s}: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether the paragraph {@code para} continues after a blank line (a column ended mid-sentence). */
    private static boolean bridges(String raw, List<Line> para) {
        String last = lastContent(raw, para);
        if (last.isEmpty() || endsSentence(last)) {
            return false;
        }
        String all = joined(raw, para);
        boolean bullet = all.charAt(0) == '●';
        if (bullet && !endsSentence(all)) {
            return true;
        }
        boolean indented = para.get(0).indented;
        if (isNameList(all) || !containsRunningPunctuation(all, indented ? "，。、；：《“（" : "，。、；：")) {
            return false;
        }
        char end = last.charAt(last.length() - 1);
        if ("，、；：“‘（《—".indexOf(end) >= 0) {
            return true;
        }
        if (para.size() >= 2) {
            double max = 0;
            for (Line l : para) {
                max = Math.max(max, width(raw.substring(l.contentStart, l.contentEnd)));
            }
            return width(last) >= 0.7 * max;
        }
        return indented || width(last) >= 16 && containsRunningPunctuation(all, "，。；：");
    }

    private static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        if ("。！？!?".indexOf(c) >= 0) {
            return true;
        }
        if (("”’」』）)".indexOf(c) >= 0) && s.length() >= 2) {
            char p = s.charAt(s.length() - 2);
            return "。！？!?".indexOf(p) >= 0 || CONTINUES.matcher(s).find();
        }
        return false;
    }

    private static boolean containsRunningPunctuation(String s, String marks) {
        for (int i = 0; i < s.length(); i++) {
            if (marks.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2000 ? 0.5 : 1;
        }
        return w;
    }

    private CleanText assemble(String raw, List<List<Line>> paras, List<Boolean> blankBefore, List<Line> lines) {
        StringBuilder out = new StringBuilder(raw.length());
        IntList origin = new IntList(raw.length());
        List<Paragraph> result = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            List<Line> para = paras.get(p);
            // sized once: grown a character at a time, the buffers were copied over and over
            int size = 0;
            for (Line l : para) {
                size += l.contentEnd - l.contentStart;
            }
            StringBuilder text = new StringBuilder(size);
            IntList org = new IntList(size);
            boolean spaced = false;
            for (Line l : para) {
                // copied in runs between carriage returns, not a character at a time
                int from = l.contentStart;
                for (int i = l.contentStart; i <= l.contentEnd; i++) {
                    if (i == l.contentEnd || raw.charAt(i) == '\r') {
                        text.append(raw, from, i);
                        org.addRange(from, i);
                        from = i + 1;
                    } else {
                        spaced |= isSpace(raw.charAt(i));
                    }
                }
            }
            StringBuilder t2 = text;
            IntList o2 = org;
            if (spaced) { // most paragraphs have no space to drop or keep: they are not copied again
                // both need a short paragraph or a 摄: most paragraphs are neither copied nor searched
                boolean keepSpaces = text.length() <= 40 && isNameList(text.toString())
                        || text.indexOf("摄") >= 0 && PHOTO_CREDIT_END.matcher(text).find();
                boolean[] keepAt = new boolean[text.length()];
                Matcher bb = BRACKET_BYLINE.matcher(text.indexOf("记者") >= 0 || text.indexOf("通讯员") >= 0 ? text : "");
                while (bb.find()) {
                    for (int k = bb.start(); k < bb.end(); k++) {
                        keepAt[k] = true;
                    }
                }
                t2 = new StringBuilder(text.length());
                o2 = new IntList(text.length());
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (isSpace(c)) {
                        int j = i;
                        while (j < text.length() && isSpace(text.charAt(j))) {
                            j++;
                        }
                        char before = t2.length() == 0 ? ' ' : t2.charAt(t2.length() - 1);
                        char after = j < text.length() ? text.charAt(j) : ' ';
                        boolean asciiBoth = isAsciiWord(before) && isAsciiWord(after);
                        if ((keepSpaces || asciiBoth || keepAt[i]) && t2.length() > 0 && j < text.length()) {
                            t2.append(' ');
                            o2.add(org.get(i));
                        }
                        i = j - 1;
                        continue;
                    }
                    t2.append(c);
                    o2.add(org.get(i));
                }
            }
            widenPunctuation(t2);
            int continuedFrom = 0;
            int continuesOn = 0;
            Matcher m = t2.indexOf("接") >= 0 ? continuedAtOpening(t2) : null;
            if (m != null) {
                continuedFrom = pageNumber(m.group(1));
                cut(t2, o2, m.start(), m.end());
            }
            m = CONTINUES.matcher(t2.indexOf("下转") >= 0 ? t2 : ""); // every match holds 下转
            if (m.find()) {
                continuesOn = pageNumber(m.group(1));
                cut(t2, o2, m.start(), m.end());
            }
            if (t2.length() == 0) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
                origin.add(origin.get(origin.size - 1) + 1);
            }
            int start = out.length();
            out.append(t2);
            origin.addAll(o2);
            boolean indented = para.get(0).indented;
            result.add(new Paragraph(start, out.length(), indented, blankBefore.get(p), continuedFrom, continuesOn));
        }
        int[] map = new int[origin.size];
        for (int i = 0; i < map.length; i++) {
            map[i] = Math.min(origin.get(i), Math.max(0, raw.length() - 1));
        }
        return new CleanText(out.toString(), map, result, raw.length());
    }

    /** The half-width marks {@link #widenPunctuation} reads as full-width, and what each stands for. */
    private static final String HALF = ",;:";
    private static final String FULL = "，；：";

    /**
     * Turns each of {@link #HALF} between Chinese characters (a Han character or a closing mark ”）》」
     * before it; a Han character, a digit or an opening mark “（《「 after it) into its full-width mark, in
     * place. Between digits (1,000) or in Latin text (Inc., Ltd.) the marks stay.
     */
    static void widenPunctuation(StringBuilder t) {
        for (int i = 1; i + 1 < t.length(); i++) {
            int k = HALF.indexOf(t.charAt(i));
            if (k >= 0 && chineseBefore(t.charAt(i - 1)) && chineseAfter(t.charAt(i + 1))) {
                t.setCharAt(i, FULL.charAt(k));
            }
        }
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static boolean chineseBefore(char c) {
        return isHan(c) || "”）》」".indexOf(c) >= 0;
    }

    private static boolean chineseAfter(char c) {
        return isHan(c) || c >= '0' && c <= '9' || "“（《「".indexOf(c) >= 0;
    }

    /**
     * The （上接第一版） marker starting in the first three characters of a paragraph, as the first match
     * of {@code find} starting there (tried at those three starts only: 接 is a common character, and
     * a search ran through the whole paragraph), or null.
     */
    private static Matcher continuedAtOpening(CharSequence t) {
        Matcher m = CONTINUED.matcher(t);
        for (int st = 0; st <= 2 && st < t.length(); st++) {
            if (m.region(st, t.length()).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** A page number as printed in a marker: 2, 二, 十二 (at least 1, so that 0 can mean "none"). */
    static int pageNumber(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Math.max(1, Integer.parseInt(s));
        }
        String digits = "零一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return Math.max(1, digits.indexOf(s.charAt(0)));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return Math.max(1, tens * 10 + units);
    }

    private static void cut(StringBuilder t, IntList o, int s, int e) {
        t.delete(s, e);
        o.remove(s, e);
    }

    /** A growable list of ints (the offset map is one int per character: no boxing). */
    private static final class IntList {
        int[] a;
        int size;

        IntList(int capacity) {
            a = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void addAll(IntList o) {
            ensure(size + o.size);
            System.arraycopy(o.a, 0, a, size, o.size);
            size += o.size;
        }

        /** Adds from, from + 1, …, to - 1. */
        void addRange(int from, int to) {
            ensure(size + to - from);
            for (int v = from; v < to; v++) {
                a[size++] = v;
            }
        }

        private void ensure(int capacity) {
            if (capacity > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(capacity, a.length * 2));
            }
        }

        void remove(int s, int e) {
            System.arraycopy(a, e, a, s, size - e);
            size -= e - s;
        }
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
