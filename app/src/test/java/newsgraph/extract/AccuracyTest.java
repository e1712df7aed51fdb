package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsgraph.extract.eval.Scorer;
import newsgraph.testing.NeedsShared;
import org.junit.jupiter.api.Test;

/**
 * The accuracy bar on the five sample pages (../shared/corpus against ../shared/eval/seeds-gold.json),
 * extracted without a publication date, as `newsgraph extract ../shared/corpus` does.
 */
@NeedsShared
class AccuracyTest {
    private static final Map<String, Double> BAR = Map.of(
            "attendance", 0.90, "titles", 0.90, "officials", 0.95, "reporters", 0.95,
            "events", 0.80, "parks", 0.80, "projects", 0.75);

    @Test
    void extractor_meetsTheAccuracyBarOnTheSamplePages() throws Exception {
        Path shared = Shared.folder();
        Scorer.Result r = Shared.score(List.of(shared.resolve("corpus")), shared.resolve("eval/seeds-gold.json"));
        String failures = Shared.below(r, BAR);
        assertTrue(failures.isEmpty(), "below the bar:\n" + failures + r.format(true));
        assertTrue(r.investOf() > 0, "no stated investment was scored");
        assertEquals(r.investOf(), r.investCorrect(), "every stated investment must be converted correctly");
    }
}
