package newsgraph.extract.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.extract.article.Article;
import newsgraph.extract.date.DateResolver;
import newsgraph.extract.date.Years;
import newsgraph.extract.text.Paragraph;

/**
 * Stage 3: the date of issue (the caller's publication date, else the one a page header or a web
 * page's metadata line prints ({@link DateResolver#pageDate}), else a date in the file name
 * ({@link DateResolver#fileDate})), the year (the date of issue's, else inferred from the text by
 * {@link DateResolver#inferYear}) and each article's date: its dateline, else the first date in its
 * lead sentence, else the date of issue — except for a continuation, or a lead whose dateline we
 * cannot read, which stay null rather than guessed. Relative days (今天, 昨天) count from the
 * dateline, else the date of issue. With no year from any of these, each month and day gets the year
 * the text's clues leave, if exactly one ({@link DateResolver#years}: national era markers, a weekday,
 * the same day written in full); the source of the year travels with the {@link Years}.
 */
public final class DateStage implements Stage {
    private final DateResolver dates;

    public DateStage(DateResolver dates) {
        this.dates = dates;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Slot> requires() {
        return Set.of(Slot.CLEAN_TEXT, Slot.ARTICLES);
    }

    @Override
    public Set<Slot> produces() {
        return Set.of(Slot.DATES);
    }

    @Override
    public void run(Document doc) {
        LocalDate given = doc.publicationDate();
        // the raw text: the cleaner joins a line holding only a date to its neighbours
        LocalDate issue = given != null ? given : dates.pageDate(doc.raw());
        String source = given != null ? "given" : issue != null ? "metadata" : null;
        if (issue == null) {
            issue = dates.fileDate(doc.fileName());
            source = issue != null ? "file name" : null;
        }
        // the printed date of issue, else one in the file name, stands for the caller's date
        LocalDate pub = issue;
        Integer year = pub != null ? Integer.valueOf(pub.getYear()) : dates.inferYear(doc.text());
        if (pub == null && year != null) {
            source = "named year"; // the year the text names most (not proof: see DateResolver.inferYear)
        }
        // no year anywhere: each month and day gets the year the text's clues leave, if one
        Years years = dates.years(doc.text(), year, source);
        List<ArticleState> out = new ArrayList<>();
        for (Article a : doc.page().articles()) {
            Paragraph first = a.body().get(0);
            String lead = doc.text().substring(first.start(), first.end());
            LocalDate dateline = dates.dateline(lead, years);
            LocalDate date = dateline;
            if (date == null) {
                date = leadDate(lead, years, issue);
            }
            if (date == null && !dates.hasDateline(lead) && !a.continuation()) {
                date = pub;
            }
            // 昨天 later in the article counts from the day of writing, not from a date already shifted by 昨天
            LocalDate relativeBase = dateline != null ? dateline : issue != null ? issue : date;
            out.add(new ArticleState(a, date, relativeBase));
        }
        doc.setDates(year, out);
        doc.setYears(years);
    }

    /** Short sentences that may stand before the news in a lead: a scene-setting line, a photo caption. */
    private static final int SHORT_SENTENCE = 40;

    /**
     * The first date of the lead's first sentence; while that sentence is short and has none, of the
     * next one: a short sentence before the news sets the scene (恰逢金秋时节。10月14日，…). With no
     * date of issue to fall back on, up to three are passed, as a photo caption joined to the lead
     * (…的选手从起点出发。记者某某摄 …。4月14日上午，…) is followed by a line that sets the scene; with one,
     * a date that far into the lead is less likely the article's than the date of issue.
     */
    private LocalDate leadDate(String lead, Years year, LocalDate issue) {
        int maxShort = issue == null ? 3 : 1;
        int from = 0;
        for (int n = 0; from <= lead.length(); n++) {
            int cut = lead.indexOf('。', from);
            int end = cut < 0 ? lead.length() : cut;
            LocalDate date = dates.first(lead.substring(from, end), year, issue);
            if (date != null || cut < 0 || end - from >= SHORT_SENTENCE || n == maxShort) {
                return date;
            }
            from = cut + 1;
        }
        return null;
    }
}
