package newsgraph.extract.segment;

import java.util.List;

/** Splits text into words. Implementations are thread-safe after construction. */
public interface Segmenter {
    /** The words of {@code text}, in order, with offsets into {@code text}; whitespace tokens left out. */
    List<Token> segment(String text);
}
