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
    void lexicon_wideNodes_findWhatAScanOfTheKeysFinds() {
        // the roots of a real lexicon have hundreds of children, kept in a hash table: every lookup
        // at every position must agree with trying each key (and miss characters no key has)
        java.util.Random r = new java.util.Random(6);
        String alphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北中上下左右前后里外";
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        while (keys.size() < 300) {
            StringBuilder k = new StringBuilder();
            for (int n = 1 + r.nextInt(4); n > 0; n--) {
                k.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (keys.add(k.toString())) {
                rows.add(java.util.List.of(k.toString()));
            }
        }
        Lexicon l = Lexicon.of("wide", java.util.List.of("word"), rows);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append(r.nextInt(10) == 0 ? '，' : alphabet.charAt(r.nextInt(alphabet.length())));
        }
        String t = text.toString();
        for (int p = 0; p <= t.length(); p++) {
            String at = null;
            String endingAt = null;
            for (String k : keys) {
                if (t.startsWith(k, p) && (at == null || k.length() > at.length())) {
                    at = k;
                }
                if (p >= k.length() && t.startsWith(k, p - k.length()) && (endingAt == null || k.length() > endingAt.length())) {
                    endingAt = k;
                }
            }
            assertEquals(at, l.longestAt(t, p), "at " + p);
            assertEquals(endingAt, l.longestEndingAt(t, p), "ending at " + p);
        }
    }

    @Test
    void everyBundledLexicon_loads() {
        Lexicons all = Lexicons.load();
        assertTrue(all.titles().rows().size() > 50);
    }
}
