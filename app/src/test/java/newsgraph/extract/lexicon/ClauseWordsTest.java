package newsgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ClauseWords.Scan} gives the answers of {@link ClauseWords.Index} for questions at increasing positions. */
class ClauseWordsTest {
    private static final ClauseWords WORDS = new ClauseWords(Lexicon.of("t", List.of("word", "position"), List.of(
            List.of("到", "before"), List.of("截至", "before"), List.of("目标", "after"), List.of("将于", "after"),
            List.of("标", "after"))));

    @Test
    void scan_answersAsTheIndexAtIncreasingPositions() {
        String alphabet = "到截至目标将于年一二，。；\n";
        Random r = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(60); i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            ClauseWords.Index index = WORDS.in(s);
            ClauseWords.Scan scan = WORDS.scan(s);
            for (int x = 0; x <= s.length(); x += 1 + r.nextInt(4)) {
                int from = Math.max(index.clauseStart(x), x - 6);
                assertEquals(from, scan.clauseStartWithin(x, 6), s + " @" + x);
                assertEquals(index.beforeWithin(from, x), scan.beforeWithin(from, x), s + " @" + x);
                assertEquals(index.afterWithin(x, index.clauseEnd(x)), scan.afterInClause(x), s + " @" + x);
            }
        }
    }

    @Test
    void scan_findsAYearContextWordBeforeAndAfter() {
        String s = "到2030年产值目标翻番。2024年会议召开，项目将于年底完工。";
        ClauseWords.Scan scan = WORDS.scan(s);
        assertEquals(true, scan.beforeWithin(scan.clauseStartWithin(1, 6), 1), "到 before 2030");
        assertEquals(true, scan.afterInClause(5), "目标 later in the clause of 2030");
        int y = s.indexOf("2024");
        assertEquals(false, scan.beforeWithin(scan.clauseStartWithin(y, 6), y), "到 is in another clause");
        assertEquals(false, scan.afterInClause(y + 4), "将于 is in the next clause");
    }
}
