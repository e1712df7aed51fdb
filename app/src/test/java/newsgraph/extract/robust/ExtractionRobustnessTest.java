package newsgraph.extract.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.ContinuationLinker;
import newsgraph.extract.Extractor;
import newsgraph.extract.Shared;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever mixture of Chinese text, markers, names, punctuation and garbage comes in, the
 * extractor returns a result and never throws; the continuation linker copes with the batch. Seeded:
 * a failure names its seed, which reproduces it.
 */
class ExtractionRobustnessTest {
    private static final int DOCUMENTS = 400;

    @Test
    void randomMixtures_neverThrow() {
        Extractor extractor = Shared.extractor();
        List<DocumentExtraction> batch = new ArrayList<>();
        for (int seed = 1; seed <= DOCUMENTS; seed++) {
            MixedText gen = new MixedText(seed);
            int length = seed % 50 == 0 ? 20_000 : new java.util.Random(seed).nextInt(3_000);
            String text = gen.next(length);
            if (seed % 7 == 0) {
                text = text.replace("\n", ""); // one long line
            }
            LocalDate date = seed % 3 == 0 ? null : LocalDate.of(2024, 1 + seed % 12, 1 + seed % 28);
            DocumentExtraction d;
            try {
                d = extractor.extract("fuzz-" + seed + ".txt", text, date);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed " + seed + " (length " + text.length() + "): " + e, e);
            }
            assertNotNull(d, "seed " + seed);
            for (ArticleExtraction a : d.articles()) {
                assertNotNull(a.text(), "seed " + seed);
            }
            batch.add(d);
        }
        try {
            assertEquals(DOCUMENTS, new ContinuationLinker().link(batch).size());
        } catch (RuntimeException e) {
            fail("continuation linker over the batch: " + e, e);
        }
    }

    @Test
    void emptyAndTinyInputs_neverThrow() {
        for (String s : List.of("", " ", "\n", "。", "本报讯", "（下转第二版）", "（上接第一版）", "市长", "出席", "\uD800", "记者 ", "、、、、")) {
            assertTrue(Shared.extractor().extract("tiny.txt", s, null) != null, s);
        }
    }
}
