package newsgraph.extract.lexicon;

/**
 * Every lexicon the extractor reads, loaded once from {@code src/main/resources/lexicons}. The
 * files hold general vocabulary only (titles, suffixes, verbs, surnames), never particular names.
 */
public record Lexicons(
        Lexicon titles,
        Lexicon surnames,
        Lexicon nameTerminators,
        Lexicon nameBoundaries,
        Lexicon orgSuffixes,
        Lexicon parkSuffixes,
        Lexicon projectSuffixes,
        Lexicon genericModifiers,
        Lexicon roleVerbs,
        Lexicon organizerRoles,
        Lexicon eventKinds,
        Lexicon studyMarkers,
        Lexicon yearContext,
        Lexicon segmentTriggers,
        Lexicon eventVerbs) {

    public static Lexicons load() {
        return new Lexicons(
                Lexicon.load("titles.tsv"),
                Lexicon.load("surnames.tsv"),
                Lexicon.load("name-terminators.tsv"),
                Lexicon.load("name-boundaries.tsv"),
                Lexicon.load("org-suffixes.tsv"),
                Lexicon.load("park-suffixes.tsv"),
                Lexicon.load("project-suffixes.tsv"),
                Lexicon.load("generic-modifiers.tsv"),
                Lexicon.load("role-verbs.tsv"),
                Lexicon.load("organizer-roles.tsv"),
                Lexicon.load("event-kinds.tsv"),
                Lexicon.load("study-markers.tsv"),
                Lexicon.load("year-context.tsv"),
                Lexicon.load("segment-triggers.tsv"),
                Lexicon.load("event-verbs.tsv"));
    }
}
