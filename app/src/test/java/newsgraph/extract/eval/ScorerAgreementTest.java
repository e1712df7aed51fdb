package newsgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsgraph.cli.ExtractCommand;
import newsgraph.extract.Shared;
import newsgraph.testing.NeedsShared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer and ../shared/eval/score.py agree exactly on the same extraction output. */
@NeedsShared
class ScorerAgreementTest {
    @Test
    void scorer_agreesWithScorePyOnTheSameOutput(@TempDir Path tmp) throws Exception {
        Path shared = Shared.folder();
        ObjectMapper json = ExtractCommand.mapper();
        Path out = tmp.resolve("out.json");
        json.writeValue(out.toFile(), ExtractCommand.run(Shared.extractor(), List.of(shared.resolve("corpus")), null, System.err));
        Path gold = shared.resolve("eval/seeds-gold.json");

        Process p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(), gold.toString(), out.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String py = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "score.py failed");
        JsonNode expected = json.readTree(py);

        Scorer.Result r = new Scorer().score(json.readTree(gold.toFile()), json.readTree(Files.readString(out)));
        for (String k : Scorer.CATEGORIES) {
            Scorer.Tally t = r.tallies().get(k);
            JsonNode e = expected.get(k);
            assertEquals(e.get("tp").asInt(), t.tp, k + " tp");
            assertEquals(e.get("fp").asInt(), t.fp, k + " fp");
            assertEquals(e.get("fn").asInt(), t.fn, k + " fn");
            assertEquals(e.get("f1").asDouble(), Math.round(t.f1() * 1000) / 1000.0, 1e-9, k + " f1");
            assertEquals(e.get("misses").size(), t.misses.size(), k + " misses");
        }
        assertEquals(expected.get("event_dates").get("correct").asInt(), r.datesCorrect());
        assertEquals(expected.get("event_dates").get("of").asInt(), r.datesOf());
        assertEquals(expected.get("project_investments").get("correct").asInt(), r.investCorrect());
        assertEquals(expected.get("project_investments").get("of").asInt(), r.investOf());
    }
}
