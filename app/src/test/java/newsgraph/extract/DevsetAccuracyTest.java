package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsgraph.cli.ExtractCommand;
import newsgraph.extract.eval.Scorer;
import newsgraph.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A floor for generalisation: the fictional dev set (src/test/resources/devset, 24 articles in styles
 * the sample pages do not have, annotated in devset-gold.json) extracted without a publication date.
 * The floors sit a few points below what the extractor measured when they were set, so that a rule
 * tuned to one page and breaking others fails here. Measured (F1) when the floor was set:
 * officials 0.967, titles 0.958, reporters 0.982, events 0.857, attendance 0.909,
 * attendance_roles 0.884, parks 0.880, projects 0.842, investments 13/14 (sample pages at the same time:
 * 1.000 for officials, titles, reporters, events and attendance; parks 0.933, projects 0.842).
 * Raise the floors when the extractor improves; never lower them to let a change through.
 */
class DevsetAccuracyTest {
    private static final Map<String, Double> FLOOR = new TreeMap<>(Map.of(
            "officials", 0.93, "titles", 0.92, "reporters", 0.93, "events", 0.81, "attendance", 0.86,
            "attendance_roles", 0.84, "parks", 0.83, "projects", 0.79));

    @Test
    void extractor_holdsItsFiguresOnTheFictionalDevSet() throws Exception {
        Path dir = Path.of(DevsetAccuracyTest.class.getClassLoader().getResource("devset/devset-gold.json").toURI()).getParent();
        Extraction ex = ExtractCommand.run(Shared.extractor(), List.of(dir), null, System.err);
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(dir.resolve("devset-gold.json").toFile());
        Scorer.Result r = new Scorer().score(gold, json.valueToTree(ex));
        System.out.print(r.format(false));
        StringBuilder failures = new StringBuilder();
        FLOOR.forEach((k, min) -> {
            double f1 = r.tallies().get(k).f1();
            if (f1 < min) {
                failures.append(k).append(" F1=").append(f1).append(" < ").append(min).append('\n');
            }
        });
        assertTrue(failures.isEmpty(), "below the dev-set floor:\n" + failures + r.format(true));
        assertTrue(r.investCorrect() >= r.investOf() - 1, "investments: " + r.investCorrect() + "/" + r.investOf());
    }
}
