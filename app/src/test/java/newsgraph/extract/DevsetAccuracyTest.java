package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsgraph.extract.eval.Scorer;
import org.junit.jupiter.api.Test;

/**
 * A floor for generalisation: the fictional dev set (src/test/resources/devset, 24 articles in styles
 * the sample pages do not have, annotated in devset-gold.json) extracted without a publication date.
 * The floors sit a few points below what the extractor measured when they were set, so that a rule
 * tuned to one page and breaking others fails here. Measured (F1) when the floor was last raised:
 * officials 1.000, titles 1.000, reporters 1.000, events 0.984, attendance 1.000,
 * attendance_roles 1.000, parks 0.980, projects 0.973, investments 16/16, event dates 25/26 (sample
 * pages at the same time: 1.000 for officials, titles, reporters, events and attendance; parks 0.933,
 * projects 0.842, event dates 14/14).
 * Raise the floors when the extractor improves; never lower them to let a change through.
 */
class DevsetAccuracyTest {
    private static final Map<String, Double> FLOOR = Map.of(
            "officials", 0.96, "titles", 0.96, "reporters", 0.96, "events", 0.93, "attendance", 0.95,
            "attendance_roles", 0.94, "parks", 0.93, "projects", 0.92);

    @Test
    void extractor_holdsItsFiguresOnTheFictionalDevSet() throws Exception {
        Path dir = Shared.resourceFolder("devset/devset-gold.json");
        Scorer.Result r = Shared.score(List.of(dir), dir.resolve("devset-gold.json"));
        String failures = Shared.below(r, FLOOR);
        assertTrue(failures.isEmpty(), "below the dev-set floor:\n" + failures + r.format(true));
        assertTrue(r.investCorrect() >= r.investOf() - 1, "investments: " + r.investCorrect() + "/" + r.investOf());
        assertTrue(r.datesCorrect() >= r.datesOf() - 2, "event dates: " + r.datesCorrect() + "/" + r.datesOf());
    }
}
