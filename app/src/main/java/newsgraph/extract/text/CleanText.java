package newsgraph.extract.text;

import java.util.List;
import java.util.Objects;
import newsgraph.model.Evidence;

/**
 * A cleaned document: paragraphs joined by {@code '\n'}, with the offset in the original text of
 * every character ({@code origin[i]}), so that any span of the clean text can be quoted and located
 * in the source.
 */
public record CleanText(String text, int[] origin, List<Paragraph> paragraphs, int originalLength) {
    public CleanText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("origin map length " + origin.length + " != text length " + text.length());
        }
        paragraphs = List.copyOf(paragraphs);
    }

    /** Offset in the original text of the clean span start. */
    public int originStart(int start) {
        if (text.isEmpty()) {
            return 0;
        }
        return start >= origin.length ? originalLength : origin[start];
    }

    /** Offset in the original text just after the clean span ending at {@code end} (exclusive). */
    public int originEnd(int end) {
        if (end <= 0 || text.isEmpty()) {
            return 0;
        }
        return Math.min(originalLength, origin[Math.min(end, origin.length) - 1] + 1);
    }

    /** The evidence for the clean span [start, end): its clean text and its original offsets. */
    public Evidence evidence(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int os = originStart(s);
        return new Evidence(text.substring(s, e), os, Math.max(os, originEnd(e)));
    }

    /** The sentence around [start, end): from the previous 。！？ or line break to the next one. */
    public Evidence sentenceEvidence(int start, int end) {
        int s = start;
        while (s > 0 && !isSentenceEnd(text.charAt(s - 1))) {
            s--;
        }
        int e = Math.max(end, start);
        while (e < text.length() && !isSentenceEnd(text.charAt(e))) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return evidence(s, e);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '\n' || c == '；';
    }
}
