package newsgraph.extract.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.extract.article.Article;
import newsgraph.extract.date.DateResolver;
import newsgraph.extract.text.Paragraph;

/**
 * Stage 3: the date of issue (the caller's publication date, else the one a page header or a web
 * page's metadata line prints ({@link DateResolver#pageDate}), else a date in the file name
 * ({@link DateResolver#fileDate})), the year (the date of issue's, else inferred from the text by
 * {@link DateResolver#inferYear}) and each article's date: its dateline, else the first date in its
 * lead sentence, else the date of issue — except for a continuation, or a lead whose dateline we
 * cannot read, which stay null rather than guessed. Relative days (今天, 昨天) count from the
 * dateline, else the date of issue.
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
        if (issue == null) {
            issue = dates.fileDate(doc.fileName());
        }
        // the printed date of issue, else one in the file name, stands for the caller's date
        LocalDate pub = issue;
        Integer year = pub != null ? Integer.valueOf(pub.getYear()) : dates.inferYear(doc.text());
        List<ArticleState> out = new ArrayList<>();
        for (Article a : doc.page().articles()) {
            Paragraph first = a.body().get(0);
            String lead = doc.text().substring(first.start(), first.end());
            LocalDate dateline = dates.dateline(lead, year);
            LocalDate date = dateline;
            if (date == null) {
                int cut = lead.indexOf('。');
                date = dates.first(cut < 0 ? lead : lead.substring(0, cut), year, issue);
                if (date == null && cut >= 0 && cut < 40) {
                    // a short scene-setting sentence before the news (恰逢金秋时节。10月14日，…): the next one dates it
                    int next = lead.indexOf('。', cut + 1);
                    date = dates.first(lead.substring(cut + 1, next < 0 ? lead.length() : next), year, issue);
                }
            }
            if (date == null && !dates.hasDateline(lead) && !a.continuation()) {
                date = pub;
            }
            // 昨天 later in the article counts from the day of writing, not from a date already shifted by 昨天
            LocalDate relativeBase = dateline != null ? dateline : issue != null ? issue : date;
            out.add(new ArticleState(a, date, relativeBase));
        }
        doc.setDates(year, out);
    }
}
