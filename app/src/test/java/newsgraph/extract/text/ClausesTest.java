package newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The character tests of {@link Clauses} say the same as its mark strings, on every character. */
class ClausesTest {
    @Test
    void isEnd_andIsSentenceEnd_agreeWithTheMarkStrings() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Clauses.ENDS.indexOf(c) >= 0, Clauses.isEnd(c), "U+" + Integer.toHexString(c));
            assertEquals(Clauses.SENTENCE_ENDS.indexOf(c) >= 0, Clauses.isSentenceEnd(c), "U+" + Integer.toHexString(c));
        }
    }
}
