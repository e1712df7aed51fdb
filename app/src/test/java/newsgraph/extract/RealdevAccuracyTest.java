package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsgraph.extract.eval.Scorer;
import newsgraph.testing.NeedsShared;
import newsgraph.testing.SharedFolder;
import org.junit.jupiter.api.Test;

/**
 * A floor on real news: the 60 hand-annotated real articles of {@code ../shared/eval/realdev}
 * (25 provinces, 2009–2025), extracted without a publication date and scored by the rules of
 * {@code score.py}. The floors sit at most three points under what was measured when they were
 * last raised; the figures, and how the set was used for tuning, are in README-realdev.md beside
 * this class. Raise them when the extractor improves; never lower them to let a change through.
 */
@NeedsShared
class RealdevAccuracyTest {
    private static final Map<String, Double> FLOOR = Map.of(
            "officials", 0.97, "titles", 0.94, "reporters", 0.95, "events", 0.92, "attendance", 0.91,
            "attendance_roles", 0.88, "parks", 0.81, "projects", 0.88, "organizations_recall", 0.90);

    @Test
    void extractor_holdsItsFiguresOnRealNews() throws Exception {
        Path shared = SharedFolder.require();
        Path dir = shared.resolve("eval/realdev");
        Scorer.Result r = Shared.score(List.of(dir), shared.resolve("eval/realdev-gold.json"));
        String failures = Shared.below(r, FLOOR);
        assertTrue(failures.isEmpty(), "below the realdev floor:\n" + failures + r.format(true));
        assertTrue(r.datesCorrect() >= 57, "event dates: " + r.datesCorrect() + "/" + r.datesOf());
        assertTrue(r.investCorrect() >= 11, "investments: " + r.investCorrect() + "/" + r.investOf());
    }
}
