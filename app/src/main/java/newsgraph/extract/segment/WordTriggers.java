package newsgraph.extract.segment;

import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.lexicon.Lexicon;
import newsgraph.extract.lexicon.Lexicons;

/**
 * Decides which clauses need words. Segmenting is the dearest step of extraction, and every rule
 * that reads words does so next to a word of one of our lexicons in the same clause (a title before
 * a name, a suffix ending a name, a role verb after a name). A clause with none of them is never
 * read word by word, so it need not be segmented. The words: titles, organization, park and project
 * suffixes, role verbs and {@code segment-triggers.tsv}. (The event rules read characters, not words.)
 *
 * <p>A weak project suffix (城, 平台, 港, 工厂… marked {@code weak} in project-suffixes.tsv) is a
 * trigger only where the project rule may take it, which {@link WeakSuffixCue} says from the
 * characters around it: elsewhere the rule drops it before it reads a word, and these suffixes are
 * common words (a fifth of the characters the sample pages segmented were clauses holding only one).
 */
public final class WordTriggers {
    /** What the project rule reads in a paragraph's characters before it reads its words. */
    @FunctionalInterface
    public interface WeakSuffixCue {
        /** The cue of one paragraph (it may find once what it needs of the paragraph). */
        Reader in(String paragraph);

        /** Whether the project rule may take the weak suffix at [suffixStart, end) of the paragraph. */
        @FunctionalInterface
        interface Reader {
            boolean mayTake(int suffixStart, int end);
        }
    }

    private final Lexicon words;
    private final Lexicon projectSuffixes;
    private final WeakSuffixCue cue;

    /** Every weak project suffix a trigger, as every other word. */
    public WordTriggers(Lexicons lex) {
        this(lex, p -> (s, e) -> true);
    }

    public WordTriggers(Lexicons lex, WeakSuffixCue cue) {
        this.projectSuffixes = lex.projectSuffixes();
        this.cue = cue;
        List<List<String>> rows = new ArrayList<>();
        for (Lexicon l : List.of(lex.titles(), lex.orgSuffixes(), lex.parkSuffixes(), lex.projectSuffixes(),
                lex.roleVerbs(), lex.segmentTriggers())) {
            for (String w : l.keysLongestFirst()) {
                if (l != projectSuffixes || !weak(w)) {
                    rows.add(List.of(w));
                }
            }
        }
        this.words = Lexicon.of("segment triggers", List.of("word"), rows);
    }

    private boolean weak(String suffix) {
        return "weak".equals(projectSuffixes.value(suffix, 1));
    }

    /** The clauses of one paragraph, asked about in any order. */
    public Paragraph in(String paragraph) {
        return new Paragraph(paragraph);
    }

    /** One paragraph's text and its cue. */
    public final class Paragraph {
        private final String text;
        private final WeakSuffixCue.Reader weakCue;

        private Paragraph(String text) {
            this.text = text;
            this.weakCue = cue.in(text);
        }

        /** True when the clause [from, to) holds a trigger word. */
        public boolean foundIn(int from, int to) {
            for (int end = from + 1; end <= to; end++) {
                if (words.longestEndingAt(text, end) != null) {
                    return true;
                }
                // the project rule reads the longest suffix ending here, as this does
                String suf = projectSuffixes.longestEndingAt(text, end);
                if (suf != null && end - suf.length() >= from
                        && (!weak(suf) || weakCue.mayTake(end - suf.length(), end))) {
                    return true;
                }
            }
            return false;
        }
    }
}
