package newsgraph.extract.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.extract.text.CleanText;
import newsgraph.extract.text.PageCleaner;
import newsgraph.extract.text.Paragraph;

/**
 * Stage 2, article segmentation. Requires: a {@link CleanText}. Produces: a {@link Page} of
 * {@link Article}s.
 *
 * <p>A byline (□记者 … 报道) opens an article; so does a continuation (（上接第一版）) and body text
 * after an article that ended with （下转…）. Headline blocks (short paragraphs without sentence
 * punctuation) in the middle of an article are its subheads; a headline block between two articles
 * goes to the one whose text it shares most character pairs with, since pages print headlines before
 * or after their body. Teasers (今日导读 up to the next byline), sidebars (◆), photo captions (■ ▲ ▶)
 * and page credits are set aside; captions (and a photo credit on a line of its own, 张三 摄) are kept
 * with the article they are printed in. A marked
 * paragraph that opens with a date (▲3月12日，甲主持召开…。) and has no photo credit, in it or on the
 * line after it, is a news brief: an article of its own, the marker left out of its body; a byline
 * after a run of briefs (（本报记者 甲 整理）) credits every brief of the run. A byline
 * without □ and 报道 right after a body (通讯员 甲 记者 乙) belongs to that body; a bracketed byline in
 * a lead (本报讯（记者 甲）) to its article; a web page's metadata line (发布时间：…) is set aside, the
 * reporters it credits (来源：某某日报（记者 甲）, 记者：甲) going to the article after it, or, printed
 * after a body (来源：某某发布 记者：甲 编辑：乙), to that body; its editors are page staff.
 */
public final class ArticleSplitter {
    private static final Pattern LEAD = Pattern.compile("^本报[^，。]{0,12}讯");
    private static final Pattern TEASER = Pattern.compile("^(今日导读|本期导读|导读|今日看点|本期看点)$");
    private static final Pattern CREDIT_WORD = Pattern.compile("主编|美编|审读|排版|责编|责任编辑|校对");
    private static final String CAPTION_MARKS = "■▲▶◀▼►";
    /** Every mark a caption, sidebar item or brief may open with. */
    private static final String MARKS = CAPTION_MARKS + "◆◇●○◎★☆";
    /** How a news brief opens after its mark: a day, or a lead (本报讯). */
    private static final Pattern BRIEF_LEAD = Pattern.compile(
            "^\\s*((\\d{4}年)?\\d{1,2}月\\d{1,2}日|\\d{1,2}日|近日|日前|连日来|今天|今日|昨天|昨日|本报[^，。]{0,12}讯)");

    private final BylineParser bylines;

    public ArticleSplitter() {
        this(new BylineParser());
    }

    public ArticleSplitter(BylineParser bylines) {
        this.bylines = bylines;
    }

    private enum Kind { BYLINE, CREDIT, TEASER, CAPTION, SIDEBAR, HEADLINE, BODY, BRIEF, META }

    private static final class Draft {
        final List<Paragraph> headlines = new ArrayList<>();
        final List<String> reporters = new ArrayList<>();
        final List<String> photographers = new ArrayList<>();
        final List<Paragraph> body = new ArrayList<>();
        final List<Paragraph> captions = new ArrayList<>();
        int continuedFromPage;
        boolean closed;
    }

    private static final class Group {
        final List<Paragraph> paragraphs = new ArrayList<>();
        Draft before;
        Draft after;
    }

    public Page split(CleanText clean) {
        String text = clean.text();
        List<Draft> drafts = new ArrayList<>();
        List<Group> floating = new ArrayList<>();
        List<String> staff = new ArrayList<>();
        List<Paragraph> pendingCaptions = new ArrayList<>();
        List<String> pendingReporters = new ArrayList<>(); // credited in a metadata line before the body
        Draft cur = null;
        Group pending = null;
        boolean teaser = false;
        List<Draft> briefs = new ArrayList<>(); // the run of briefs that the last article belongs to
        List<Paragraph> paragraphs = clean.paragraphs();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            String t = text.substring(p.start(), p.end());
            Kind kind = classify(t, p);
            if (kind == Kind.CAPTION || kind == Kind.SIDEBAR || kind == Kind.BODY && MARKS.indexOf(t.charAt(0)) >= 0) {
                String next = pi + 1 < paragraphs.size() ? text.substring(paragraphs.get(pi + 1).start(), paragraphs.get(pi + 1).end()) : "";
                if (brief(t, next)) {
                    kind = Kind.BRIEF;
                }
            }
            if (kind == Kind.TEASER) {
                teaser = true;
                continue;
            }
            if (teaser && kind != Kind.BYLINE) {
                continue;
            }
            switch (kind) {
                case BYLINE -> {
                    teaser = false;
                    staff.addAll(bylines.staff(t)); // 记者：甲 编辑：乙
                    if (trailing(t) && cur != null && !cur.body.isEmpty() && cur.reporters.isEmpty() && pending == null) {
                        // 通讯员 甲 记者 乙 printed after the body it belongs to (after a run of briefs: each of them)
                        for (Draft d : briefs.contains(cur) ? briefs : List.of(cur)) {
                            if (d.reporters.isEmpty()) {
                                d.reporters.addAll(bylines.reporters(t));
                            }
                        }
                        continue;
                    }
                    if (cur == null || !cur.body.isEmpty() || cur.closed) {
                        cur = new Draft();
                        drafts.add(cur);
                    }
                    cur.reporters.addAll(pendingReporters);
                    pendingReporters.clear();
                    cur.reporters.addAll(bylines.reporters(t));
                    if (pending != null) {
                        pending.after = cur;
                        pending = null;
                    }
                }
                case CREDIT -> staff.addAll(bylines.staff(t));
                case SIDEBAR -> { }
                case META -> {
                    staff.addAll(bylines.metaStaff(t));
                    List<String> credited = bylines.metaReporters(t);
                    if (cur != null && !cur.body.isEmpty() && !cur.closed && pending == null) {
                        cur.reporters.addAll(credited); // 来源：… 记者：甲 编辑：乙 closing the article
                    } else {
                        pendingReporters.addAll(credited); // 发布时间：… 来源：某某日报（记者 甲） before it
                    }
                }
                case CAPTION -> {
                    List<String> photo = bylines.photographers(t);
                    staff.addAll(photo);
                    List<String> reporting = bylines.photoReporters(t); // …。记者 甲 摄
                    if (cur != null && !cur.body.isEmpty() && !cur.closed && pending == null) {
                        cur.reporters.addAll(reporting);
                    } else {
                        pendingReporters.addAll(reporting);
                    }
                    if (cur != null) {
                        cur.captions.add(p);
                        cur.photographers.addAll(photo);
                    } else {
                        pendingCaptions.add(p);
                    }
                }
                case HEADLINE -> {
                    List<String> credit = pi + 1 == paragraphs.size() || t.strip().startsWith("（") ? bylines.creditNames(t) : List.of();
                    if (!credit.isEmpty() && cur != null && !cur.body.isEmpty() && pending == null) {
                        cur.reporters.addAll(credit); // （甲） or a last line 甲 closing the article: its author
                        continue;
                    }
                    if (pending == null) {
                        pending = new Group();
                        pending.before = cur != null && !cur.body.isEmpty() ? cur : null;
                        floating.add(pending);
                    }
                    pending.paragraphs.add(p);
                }
                case BODY, BRIEF, TEASER -> {
                    boolean brief = kind == Kind.BRIEF;
                    boolean newArticle = cur == null || cur.closed || p.continuedFrom() || brief;
                    if (newArticle) {
                        if (!brief || !briefs.contains(cur)) {
                            briefs.clear();
                        }
                        cur = new Draft();
                        cur.continuedFromPage = p.continuedFromPage();
                        drafts.add(cur);
                        cur.reporters.addAll(pendingReporters);
                        pendingReporters.clear();
                        if (brief) {
                            briefs.add(cur);
                            p = withoutMark(text, p);
                        }
                    }
                    if (pending != null) {
                        if (!newArticle && !cur.body.isEmpty() && pending.before == cur) {
                            // a subhead inside the article
                            cur.headlines.addAll(pending.paragraphs);
                            floating.remove(pending);
                        } else {
                            pending.after = cur;
                        }
                        pending = null;
                    }
                    cur.reporters.addAll(inlineReporters(t));
                    cur.body.add(p);
                    cur.captions.addAll(pendingCaptions);
                    pendingCaptions.clear();
                    if (p.continuesElsewhere()) {
                        cur.closed = true;
                    }
                }
            }
        }
        for (Group g : floating) {
            Draft target = chooseArticle(text, g);
            if (target != null) {
                target.headlines.addAll(0, g.paragraphs);
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.body.isEmpty()) {
                continue;
            }
            d.headlines.sort((a, b) -> Integer.compare(a.start(), b.start()));
            articles.add(new Article(d.headlines, dedupe(d.reporters), dedupe(d.photographers), d.body, d.captions, d.continuedFromPage));
        }
        return new Page(articles, dedupe(staff));
    }

    /**
     * A byline that follows its article rather than opening one: no □ marker and no closing 报道
     * (通讯员 甲 记者 乙); a byline with either opens the next article, as on newspaper pages.
     */
    private static boolean trailing(String t) {
        String s = t.strip();
        return !s.startsWith("□") && !s.startsWith("■") && !s.endsWith("报道");
    }

    /** A lead's byline without brackets: 本报讯 记者甲报道：…, 某某网讯 通讯员乙 报道 …. */
    private static final java.util.regex.Pattern LEAD_BYLINE = java.util.regex.Pattern.compile(
            "^\\s*(?:本报|\\p{IsHan}{1,6})讯\\s*((?:特约记者|见习记者|记者|通讯员)[^，。：:（）()\\d]{2,30}?)\\s*报道");
    /** A credit in brackets closing a paragraph after its last sentence: …栽植楸树49亩。（甲 乙）. */
    private static final java.util.regex.Pattern CLOSING_CREDIT = java.util.regex.Pattern.compile(
            "[。！？”][\\s\u3000]*([（(][^（）()，。]{2,12}[）)])[\\s\u3000]*$");

    /**
     * Reporters in bracketed bylines of a body paragraph (本报讯（记者 张三）, （本报记者 李四 整理）), in a
     * lead's byline without brackets (本报讯 记者张三报道：), and in names alone in brackets after the
     * paragraph's last sentence (…。（张三 李四）): an office there (（宣传部）) is no reporter.
     */
    private List<String> inlineReporters(String t) {
        List<String> out = new ArrayList<>();
        // every bracketed byline holds one of these words: most paragraphs need no regex search
        boolean byline = t.contains("记者") || t.contains("通讯员") || t.contains("实习生");
        java.util.regex.Matcher m = PageCleaner.BRACKET_BYLINE.matcher(byline ? t : "");
        while (m.find()) {
            out.addAll(bylines.reporters(t.substring(m.start() + 1, m.end() - 1)));
        }
        int mark = t.indexOf('讯');
        java.util.regex.Matcher lead = LEAD_BYLINE.matcher(t);
        if (out.isEmpty() && mark >= 0 && mark < 12 && lead.lookingAt()) {
            out.addAll(bylines.reporters(lead.group(1) + " 报道"));
        }
        String end = t.stripTrailing();
        if (end.endsWith("）") || end.endsWith(")")) {
            // only the paragraph's tail can hold the credit: match there, not across the whole paragraph
            java.util.regex.Matcher closing = CLOSING_CREDIT.matcher(end.substring(Math.max(0, end.length() - 24)));
            if (closing.find()) {
                out.addAll(bylines.creditNames(closing.group(1)));
            }
        }
        return out;
    }

    /**
     * Whether a marked paragraph is a news brief rather than a photo caption or a sidebar item: it
     * opens with a day or a lead, holds a sentence, and neither it nor the next line is a photo credit.
     */
    private boolean brief(String t, String next) {
        String rest = t.substring(1);
        return t.length() >= 16 && BRIEF_LEAD.matcher(rest).lookingAt() && rest.contains("。")
                && bylines.photographers(t).isEmpty() && !t.strip().endsWith("摄")
                && (next.isEmpty() || bylines.photographers(next).isEmpty() || next.strip().length() > 20);
    }

    /** The paragraph without its opening mark and the spaces after it. */
    private static Paragraph withoutMark(String text, Paragraph p) {
        int s = p.start() + 1;
        while (s < p.end() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return new Paragraph(s, p.end(), p.indented(), p.blankBefore(), p.continuedFromPage(), p.continuesOnPage());
    }

    private Kind classify(String t, Paragraph p) {
        if (TEASER.matcher(t).matches()) {
            return Kind.TEASER;
        }
        if (PageCleaner.WEB_META.matcher(t).lookingAt()) {
            return Kind.META;
        }
        if (!bylines.reporters(t).isEmpty() && !LEAD.matcher(t).find()) {
            return Kind.BYLINE;
        }
        if (t.length() <= 60 && !bylines.staff(t).isEmpty() && CREDIT_WORD.matcher(t).find()) {
            return Kind.CREDIT;
        }
        char c = t.charAt(0);
        if (!bylines.photoReporters(t).isEmpty()) {
            return Kind.CAPTION; // a caption closed by a reporter's photo credit: …出发。记者 甲 摄
        }
        if (CAPTION_MARKS.indexOf(c) >= 0 || t.strip().length() <= 30 && !bylines.photographers(t).isEmpty()
                && t.strip().length() - bylines.photographers(t).stream().mapToInt(String::length).sum() <= 6) {
            // a caption, or the photo credit of one on a line of its own (张三 摄)
            return Kind.CAPTION;
        }
        if (c == '◆' || c == '◇') {
            return Kind.SIDEBAR;
        }
        if (LEAD.matcher(t).find() || p.continuedFrom() || p.continuesElsewhere() || c == '●') {
            return Kind.BODY;
        }
        if (t.length() <= 64 && !t.contains("。") && !t.endsWith("！") && !t.endsWith("？")
                && !t.endsWith("；")) {
            return Kind.HEADLINE;
        }
        return Kind.BODY;
    }

    private static Draft chooseArticle(String text, Group g) {
        StringBuilder h = new StringBuilder();
        for (Paragraph p : g.paragraphs) {
            h.append(text, p.start(), p.end());
        }
        double before = g.before == null ? -1 : overlap(h.toString(), bodyText(text, g.before));
        double after = g.after == null ? -1 : overlap(h.toString(), bodyText(text, g.after));
        if (before < 0 && after < 0) {
            return null;
        }
        return before > after ? g.before : g.after;
    }

    private static String bodyText(String text, Draft d) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : d.body) {
            b.append(text, p.start(), p.end());
            if (b.length() > 600) {
                break;
            }
        }
        return b.toString();
    }

    /** Share of the headline's character pairs that occur in the body. */
    static double overlap(String headline, String body) {
        Set<String> hb = bigrams(headline);
        if (hb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : hb) {
            if (body.contains(x)) { // the same as membership in the body's bigram set, without building it
                common++;
            }
        }
        return (double) common / hb.size();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static List<String> dedupe(List<String> names) {
        return List.copyOf(new java.util.LinkedHashSet<>(names));
    }
}
