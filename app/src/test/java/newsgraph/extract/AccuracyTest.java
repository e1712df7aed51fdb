package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsgraph.cli.ExtractCommand;
import newsgraph.extract.eval.Scorer;
import newsgraph.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The accuracy bar on the five sample pages (../shared/corpus against ../shared/eval/seeds-gold.json),
 * extracted without a publication date, as `newsgraph extract ../shared/corpus` does.
 */
class AccuracyTest {
    private static final Map<String, Double> BAR = Map.of(
            "attendance", 0.90, "titles", 0.90, "officials", 0.95, "reporters", 0.95,
            "events", 0.80, "parks", 0.80, "projects", 0.75);

    @Test
    void extractor_meetsTheAccuracyBarOnTheSamplePages() throws Exception {
        Path shared = Shared.folder();
        Extraction ex = ExtractCommand.run(Shared.extractor(), List.of(shared.resolve("corpus")), null, System.err);
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(shared.resolve("eval/seeds-gold.json").toFile());
        Scorer.Result r = new Scorer().score(gold, json.valueToTree(ex));
        System.out.print(r.format(false));
        StringBuilder failures = new StringBuilder();
        BAR.forEach((k, min) -> {
            double f1 = r.tallies().get(k).f1();
            if (f1 < min) {
                failures.append(k).append(" F1=").append(f1).append(" < ").append(min).append('\n');
            }
        });
        assertTrue(failures.isEmpty(), "below the bar:\n" + failures + r.format(true));
        assertTrue(r.investOf() > 0, "no stated investment was scored");
        assertEquals(r.investOf(), r.investCorrect(), "every stated investment must be converted correctly");
    }
}
