package newsgraph.extract.text;

import java.util.BitSet;
import java.util.regex.Matcher;

/**
 * {@link Matcher#find} for a pattern every match of which begins with one of a few characters: the
 * regex is tried (by {@code lookingAt}) only at those characters, instead of at every position,
 * where a long alternation or a character-class union costs its full price even when nothing can
 * match. Gives the same matches as {@code find}, in the same order, as long as {@code firsts} holds
 * every character a match can begin with. The matcher gets transparent, non-anchoring bounds, so
 * lookbehinds and {@code $} see the whole text. Immutable, thread-safe.
 */
public final class StartGate {
    /**
     * The characters of {@code firsts} as bits: one test per position of the text, where
     * {@code indexOf} on a gate of many characters (a verb list's first characters) read them all.
     */
    private final BitSet firsts = new BitSet();
    private final Opening opening;

    /** What else must hold where a match begins: a necessary condition, cheaper than the regex. */
    @FunctionalInterface
    public interface Opening {
        boolean mayBeginAt(CharSequence s, int p);
    }

    /** A gate letting through the characters of {@code firsts}. */
    public StartGate(String firsts) {
        this(firsts, (s, p) -> true);
    }

    /**
     * A gate letting through the characters of {@code firsts} where {@code opening} also holds (it
     * must hold wherever a match begins, or matches are lost).
     */
    public StartGate(String firsts, Opening opening) {
        if (firsts.isEmpty()) {
            throw new IllegalArgumentException("a start gate needs at least one character");
        }
        firsts.chars().forEach(this.firsts::set);
        this.opening = opening;
    }

    /** Whether a match may begin with {@code c}. */
    public boolean opens(char c) {
        return firsts.get(c);
    }

    /** Whether a match may begin anywhere in {@code s}: a test cheaper than any regex, to pass over a text first. */
    public boolean opensAnywhere(CharSequence s) {
        for (int p = 0; p < s.length(); p++) {
            if (firsts.get(s.charAt(p)) && opening.mayBeginAt(s, p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next match at or after {@code from} and before {@code to} (start positions), as
     * {@code find} would give it; on true the matcher holds the match. Continue from
     * {@link #next(Matcher)}.
     */
    public boolean find(Matcher m, CharSequence s, int from, int to) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int end = Math.min(to, s.length());
        for (int p = Math.max(0, from); p < end; p++) {
            if (firsts.get(s.charAt(p)) && opening.mayBeginAt(s, p)) {
                m.region(p, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The next match at or after {@code from}, as {@code find} would give it. */
    public boolean find(Matcher m, CharSequence s, int from) {
        return find(m, s, from, s.length());
    }

    /** Where {@code find} would go on after the matcher's current match (after it, or one further for an empty one). */
    public static int next(Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }
}
