package newsgraph.extract.pipeline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsgraph.extract.article.Page;
import newsgraph.extract.segment.Token;
import newsgraph.extract.text.CleanText;
import newsgraph.extract.text.Paragraph;
import newsgraph.model.DocumentExtraction;

/**
 * One document on its way through the {@link Pipeline}: the input (file name, raw text, the
 * caller's publication date) and one slot per {@link Slot}, filled by the stage that produces it.
 * Reading a slot that is not filled yet names the slot, so a mis-ordered pipeline fails clearly.
 */
public final class Document {
    private final String fileName;
    private final String raw;
    private final LocalDate publicationDate;
    private final Set<Slot> filled = EnumSet.noneOf(Slot.class);

    private CleanText clean;
    private Page page;
    private Integer year;
    private newsgraph.extract.date.Years years;
    private List<ArticleState> articles;
    private Map<Paragraph, List<Token>> tokens;
    private PeopleFound people;
    private DocumentExtraction result;

    public Document(String fileName, String raw, LocalDate publicationDate) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.raw = Objects.requireNonNull(raw, "raw");
        this.publicationDate = publicationDate;
    }

    public String fileName() {
        return fileName;
    }

    public String raw() {
        return raw;
    }

    /** The caller's publication date; null when not given. */
    public LocalDate publicationDate() {
        return publicationDate;
    }

    public CleanText clean() {
        return get(clean, Slot.CLEAN_TEXT);
    }

    /** The clean text itself (every offset below refers to it). */
    public String text() {
        return clean().text();
    }

    public void setClean(CleanText clean) {
        this.clean = set(clean, Slot.CLEAN_TEXT);
    }

    public Page page() {
        return get(page, Slot.ARTICLES);
    }

    public void setPage(Page page) {
        this.page = set(page, Slot.ARTICLES);
    }

    /** The year dates are read in; null when neither the caller nor the text gives one. */
    public Integer year() {
        return get(year, Slot.DATES);
    }

    /** The years month-and-day dates are read in (one for all, or per date from the text's clues). */
    public newsgraph.extract.date.Years years() {
        return get(years == null ? newsgraph.extract.date.Years.of(year, null) : years, Slot.DATES);
    }

    public void setYears(newsgraph.extract.date.Years years) {
        this.years = years;
    }

    /** One state per article of {@link #page()}, in the same order. */
    public List<ArticleState> articles() {
        return get(articles, Slot.DATES);
    }

    public void setDates(Integer year, List<ArticleState> articles) {
        this.year = year;
        this.articles = set(List.copyOf(articles), Slot.DATES);
    }

    /** The words of a body paragraph or caption, offsets relative to the paragraph. */
    public List<Token> tokens(Paragraph p) {
        return get(tokens, Slot.TOKENS).getOrDefault(p, List.of());
    }

    public void setTokens(Map<Paragraph, List<Token>> tokens) {
        this.tokens = set(tokens, Slot.TOKENS);
    }

    public PeopleFound people() {
        return get(people, Slot.PEOPLE);
    }

    public void setPeople(PeopleFound people) {
        this.people = set(people, Slot.PEOPLE);
    }

    /** Marks a per-article slot (events, entities) as filled: the values live on {@link ArticleState}. */
    public void filled(Slot slot) {
        filled.add(slot);
    }

    public boolean has(Slot slot) {
        return filled.contains(slot);
    }

    public DocumentExtraction result() {
        return get(result, Slot.RESULT);
    }

    public void setResult(DocumentExtraction result) {
        this.result = set(result, Slot.RESULT);
    }

    private <T> T get(T value, Slot slot) {
        if (!filled.contains(slot)) {
            throw new IllegalStateException(slot + " is not filled yet: no stage before this one produced it");
        }
        return value;
    }

    private <T> T set(T value, Slot slot) {
        filled.add(slot);
        return value;
    }
}
