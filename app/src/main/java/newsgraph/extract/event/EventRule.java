package newsgraph.extract.event;

import java.util.List;

/**
 * One family of event patterns. A rule adds the events it finds in a sentence to {@code found},
 * which holds what the rules before it (in {@link EventRecognizer#RULES} order) found there; a rule
 * defers to them as that list's precedence says. Stateless and thread-safe.
 */
interface EventRule {
    /** A short name for the family, used in documentation and tests. */
    String name();

    void apply(RuleInput in, List<EventDraft> found);
}
