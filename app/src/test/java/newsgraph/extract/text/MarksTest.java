package newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Marks#without} gives what {@code replaceAll} with the marks as a character class gives. */
class MarksTest {
    @Test
    void without_agreesWithReplaceAll() {
        String marks = "“”‘’\"《》";
        String alphabet = marks + "甲乙项目a ";
        Random r = new Random(3);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(10); i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(s.replaceAll("[" + marks + "]", ""), Marks.without(s, marks), s);
        }
    }
}
