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
 */
public final class WordTriggers {
    private final Lexicon words;

    public WordTriggers(Lexicons lex) {
        List<List<String>> rows = new ArrayList<>();
        for (Lexicon l : List.of(lex.titles(), lex.orgSuffixes(), lex.parkSuffixes(), lex.projectSuffixes(),
                lex.roleVerbs(), lex.segmentTriggers())) {
            for (String w : l.keysLongestFirst()) {
                rows.add(List.of(w));
            }
        }
        this.words = Lexicon.of("segment triggers", List.of("word"), rows);
    }

    /** True when {@code clause} holds one of the words. */
    public boolean foundIn(CharSequence clause) {
        for (int i = 0; i < clause.length(); i++) {
            if (words.longestEndingAt(clause, i + 1) != null) {
                return true;
            }
        }
        return false;
    }
}
