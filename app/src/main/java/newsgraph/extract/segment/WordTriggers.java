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
 * <p>Four kinds of word are triggers only where the rule that reads words for them may take them,
 * which a {@link Cue} of that rule says from the characters around them; elsewhere the rule drops
 * them before it reads a word, and they are common words:
 * <ul>
 *   <li>an organization's suffix (局, 部, 协会…): where some head between the last mark that stops
 *       the rule's walk and the suffix could name one (布局 after a comma, 协会 opening a clause
 *       cannot);</li>
 *   <li>a park suffix (园区, 开发区…): the same for the park rule's heads (园区 opening a clause,
 *       专业园区 after a comma name none), or in a clause whose words another rule reads;</li>
 *   <li>a project suffix: the same for the project rule's heads (项目 opening a clause, 重大项目,
 *       项目12个 name none); a weak one (城, 平台, 港, 工厂… marked {@code weak} in
 *       project-suffixes.tsv) only with a phase, lifecycle verb, investment or quoted name by it (a
 *       fifth of the characters the sample pages segmented were clauses holding only one); and
 *       wherever another rule reads the clause's words for it (a list closed by it, an
 *       investment-anchored name, a road section);</li>
 *   <li>a role verb (出席, 参与, 考察, 介绍…): the only rule that reads words for one is the name the
 *       segmenter tags a person, at a clause start, right before it; its cue, with the clauses whose
 *       words another rule reads whatever triggered them (investment-anchored project names).</li>
 * </ul>
 */
public final class WordTriggers {
    /** What a rule reads in a paragraph's characters before it reads words for a trigger word. */
    @FunctionalInterface
    public interface Cue {
        /** The cue of one paragraph (it may find once what it needs of the paragraph). */
        Reader in(String paragraph);

        /** Whether the rule may read words for the trigger word at [start, end) of the paragraph. */
        @FunctionalInterface
        interface Reader {
            boolean mayTake(int start, int end);
        }

        /** Every word a trigger. */
        Cue ALWAYS = p -> (s, e) -> true;

        /** A word is a trigger where either cue takes it. */
        static Cue either(Cue a, Cue b) {
            return p -> {
                Reader ra = a.in(p);
                Reader rb = b.in(p);
                return (s, e) -> ra.mayTake(s, e) || rb.mayTake(s, e);
            };
        }
    }

    /**
     * The cue of each kind of word that is a trigger only where its rule may read words for it; a
     * {@link Cue#ALWAYS} makes every such word a trigger.
     */
    public record Cues(Cue projectSuffix, Cue orgSuffix, Cue roleVerb, Cue parkSuffix) {
        /** Every word a trigger wherever it stands. */
        public static final Cues NONE = new Cues(Cue.ALWAYS, Cue.ALWAYS, Cue.ALWAYS, Cue.ALWAYS);
    }

    /** The words that are triggers wherever they stand: titles, segment-triggers.tsv. */
    private final Lexicon words;
    private final Lexicon parkSuffixes;
    private final Lexicon orgSuffixes;
    private final Lexicon projectSuffixes;
    private final Lexicon roleVerbs;
    private final Cues cues;

    /** Every word a trigger wherever it stands. */
    public WordTriggers(Lexicons lex) {
        this(lex, Cues.NONE);
    }

    public WordTriggers(Lexicons lex, Cues cues) {
        this.parkSuffixes = lex.parkSuffixes();
        this.orgSuffixes = lex.orgSuffixes();
        this.projectSuffixes = lex.projectSuffixes();
        this.roleVerbs = lex.roleVerbs();
        this.cues = cues;
        List<List<String>> rows = new ArrayList<>();
        for (Lexicon l : List.of(lex.titles(), lex.segmentTriggers())) {
            for (String w : l.keysLongestFirst()) {
                rows.add(List.of(w));
            }
        }
        this.words = Lexicon.of("segment triggers", List.of("word"), rows);
    }

    /** The clauses of one paragraph, asked about in any order. */
    public Paragraph in(String paragraph) {
        return new Paragraph(paragraph);
    }

    /** One paragraph's text and its cues. */
    public final class Paragraph {
        private final String text;
        private final Cue.Reader projectCue;
        private final Cue.Reader orgCue;
        private final Cue.Reader roleCue;
        private final Cue.Reader parkCue;

        private Paragraph(String text) {
            this.text = text;
            this.projectCue = cues.projectSuffix().in(text);
            this.orgCue = cues.orgSuffix().in(text);
            this.roleCue = cues.roleVerb().in(text);
            this.parkCue = cues.parkSuffix().in(text);
        }

        /**
         * True when the clause [from, to) holds a trigger word. The words that are triggers wherever
         * they stand are looked for in the whole clause first, so the cues (which read around a
         * suffix or verb) are asked only in clauses without one, the cheapest first.
         */
        public boolean foundIn(int from, int to) {
            for (int end = from + 1; end <= to; end++) {
                if (words.longestEndingAt(text, end) != null) {
                    return true;
                }
            }
            for (int end = from + 1; end <= to; end++) {
                // a role verb starting here, of any length (the rule reads the verb the segmenter makes a word)
                int start = end - 1;
                String verb = roleVerbs.longestAt(text, start);
                if (verb != null && start + verb.length() <= to && roleCue.mayTake(start, start + verb.length())) {
                    return true;
                }
                // the park, organization and project rules read the longest suffix ending here, as this does
                String org = orgSuffixes.longestEndingAt(text, end);
                if (org != null && end - org.length() >= from && orgCue.mayTake(end - org.length(), end)) {
                    return true;
                }
                String park = parkSuffixes.longestEndingAt(text, end);
                if (park != null && end - park.length() >= from && parkCue.mayTake(end - park.length(), end)) {
                    return true;
                }
            }
            for (int end = from + 1; end <= to; end++) {
                String suf = projectSuffixes.longestEndingAt(text, end);
                if (suf != null && end - suf.length() >= from && projectCue.mayTake(end - suf.length(), end)) {
                    return true;
                }
            }
            return false;
        }
    }
}
