package newsgraph.extract.segment;

import java.util.Objects;

/**
 * One word of segmented text: its characters, a part-of-speech tag (HanLP's tag set: {@code nr}
 * person, {@code ns} place, {@code nt} organization, {@code nnt} title, {@code v} verb, {@code w}
 * punctuation...) and its [start, end) offsets in the text that was segmented.
 */
public record Token(String text, String pos, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets [" + start + ", " + end + ")");
        }
    }

    public boolean isPerson() {
        return pos.equals("nr") || pos.equals("nrf") || pos.equals("nr1") || pos.equals("nr2");
    }

    public boolean isPunctuation() {
        return pos.startsWith("w") || text.isBlank();
    }
}
