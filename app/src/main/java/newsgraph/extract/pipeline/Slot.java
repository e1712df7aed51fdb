package newsgraph.extract.pipeline;

/**
 * The parts of a {@link Document} that stages fill in, in the order a pipeline normally fills them.
 * A stage declares which slots it requires and which it produces; {@link Pipeline} checks, when it
 * is built, that every required slot is produced by an earlier stage.
 */
public enum Slot {
    /** The clean text with its paragraphs and offset map (input: the raw text). */
    CLEAN_TEXT,
    /** The page split into articles, with staff names set aside. */
    ARTICLES,
    /** The year of the text (caller's publication date, else inferred) and each article's date. */
    DATES,
    /** The words of every body paragraph and caption. */
    TOKENS,
    /** Officials per paragraph, whether each was present, and every title seen for each name. */
    PEOPLE,
    /** Per article: the events with their participants and organizers. */
    EVENTS,
    /** Per article: parks, projects and organizations. */
    ENTITIES,
    /** The extraction-v1 records. */
    RESULT
}
