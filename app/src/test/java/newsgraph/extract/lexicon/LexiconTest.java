package newsgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static Lexicon parse(String text) throws Exception {
        return Lexicon.parse("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void lexicon_reportsFileAndLineOfAMalformedRow() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("# columns: verb\trole\n出席\tattended\n主持\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:3:"), e.getMessage());
    }

    @Test
    void lexicon_findsTheLongestKey() throws Exception {
        Lexicon l = parse("# columns: post\n书记\n副书记\n党组副书记\n");
        assertEquals("党组副书记", l.longestEndingAt("市人大常委会党组副书记", 11));
    }

    @Test
    void everyBundledLexicon_loads() {
        Lexicons all = Lexicons.load();
        assertTrue(all.titles().rows().size() > 50);
    }
}
