package newsgraph.extract.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.article.Article;
import newsgraph.extract.entity.EntityMention;
import newsgraph.extract.event.EventDraft;

/**
 * What the stages find in one article: its date (the dateline's, else the first one in the lead,
 * else the publication date), the base that relative dates (昨天) count from (the dateline, else the
 * date of issue, else the article's date), its events and its parks, projects and organizations.
 */
public final class ArticleState {
    private final Article article;
    private final LocalDate date;
    private final LocalDate relativeBase;
    private final List<EventDraft> events = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();

    public ArticleState(Article article, LocalDate date, LocalDate relativeBase) {
        this.article = article;
        this.date = date;
        this.relativeBase = relativeBase;
    }

    public Article article() {
        return article;
    }

    /** Null when the article gives no date and is a continuation or has a dateline we cannot read. */
    public LocalDate date() {
        return date;
    }

    /** The day 今天 and 昨天 count from: never a date that 昨天 already shifted; may be null. */
    public LocalDate relativeBase() {
        return relativeBase;
    }

    /** Filled by the event stage, in text order. */
    public List<EventDraft> events() {
        return events;
    }

    /** Filled by the entity stage, in text order. */
    public List<EntityMention> entities() {
        return entities;
    }
}
