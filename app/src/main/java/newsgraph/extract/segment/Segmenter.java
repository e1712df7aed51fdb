package newsgraph.extract.segment;

import java.util.List;

/** Splits text into words. Implementations are thread-safe after construction. */
public interface Segmenter {
    /** No word spans these: text may be segmented clause by clause, cut after each of them. */
    String CLAUSE_ENDS = "。！？；，\n";

    /** Whether {@code c} is one of {@link #CLAUSE_ENDS} (a switch: the segment stage asks at every character). */
    static boolean isClauseEnd(char c) {
        return switch (c) {
            case '。', '！', '？', '；', '，', '\n' -> true;
            default -> false;
        };
    }

    /** The words of {@code text}, in order, with offsets into {@code text}; whitespace tokens left out. */
    List<Token> segment(String text);

    /**
     * Adds the words of {@code text} to {@code out}, their offsets shifted by {@code shift} (the
     * text's place in a longer one): as {@link #segment}, without a second token per word.
     */
    default void segmentInto(String text, int shift, List<Token> out) {
        for (Token t : segment(text)) {
            out.add(new Token(t.text(), t.pos(), t.start() + shift, t.end() + shift));
        }
    }

    /**
     * The words of a short window of text with person-name recognition on, where the segmenter has
     * one (it is about twice as slow, so the extractor asks for it only around a title that may be
     * followed by a name). By default the same as {@link #segment}.
     */
    default List<Token> segmentNames(String window) {
        return segment(window);
    }
}
