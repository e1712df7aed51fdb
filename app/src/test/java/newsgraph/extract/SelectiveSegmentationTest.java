package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import newsgraph.cli.ExtractCommand;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import newsgraph.testing.NeedsShared;
import org.junit.jupiter.api.Test;

/**
 * The segment stage gives HanLP only the clauses that hold a trigger word (WordTriggers); the claim
 * is that no rule reads the words of the other clauses. Checked here on everything we have: the
 * output must be the same, to the character, as when every clause is segmented. A rule that starts
 * reading words near a new kind of word fails this test until the word is added to
 * lexicons/segment-triggers.tsv.
 */
@NeedsShared
class SelectiveSegmentationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void selectiveSegmentation_givesTheSameOutputAsSegmentingEverything() throws Exception {
        Segmenter hanlp = new HanLpSegmenter();
        Lexicons lex = Lexicons.load();
        CountingSegmenter all = new CountingSegmenter(hanlp);
        CountingSegmenter selected = new CountingSegmenter(hanlp);
        List<Path> inputs = List.of(Shared.folder().resolve("corpus"), Shared.resourceFolder("devset/devset-gold.json"),
                Shared.resourceFolder("devset2/devset2-gold.json"));

        String expected = JSON.writeValueAsString(ExtractCommand.run(new Extractor(lex, all, true), inputs, null, System.err));
        String actual = JSON.writeValueAsString(ExtractCommand.run(new Extractor(lex, selected, false), inputs, null, System.err));

        assertEquals(expected, actual);
        // and clauses are skipped, or the test would prove nothing
        assertTrue(selected.chars < 0.8 * all.chars, "segmented " + selected.chars + " of " + all.chars + " chars");
    }

    /** Counts the characters given to the segmenter. */
    private static final class CountingSegmenter implements Segmenter {
        private final Segmenter inner;
        private long chars;

        CountingSegmenter(Segmenter inner) {
            this.inner = inner;
        }

        @Override
        public List<Token> segment(String text) {
            chars += text.length();
            return inner.segment(text);
        }

        @Override
        public List<Token> segmentNames(String window) {
            return inner.segmentNames(window);
        }
    }
}
