package newsgraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsgraph.cli.ExtractCommand;
import newsgraph.extract.eval.Scorer;
import newsgraph.testing.SharedFolder;

/**
 * Test helpers: one extractor for all tests (HanLP loads once), the shared material folder, the
 * folders of test resources, and scoring against a gold file with per-category F1 floors.
 */
public final class Shared {
    private static Extractor extractor;

    private Shared() {}

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor;
    }

    /** ../shared; a test that calls this is skipped when it is absent (mark it {@code @NeedsShared}). */
    public static Path folder() {
        return SharedFolder.require();
    }

    /** The folder of a test resource file, e.g. {@code devset/devset-gold.json} gives {@code .../devset}. */
    public static Path resourceFolder(String file) {
        try {
            return Path.of(Shared.class.getClassLoader().getResource(file).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(file, e);
        }
    }

    /** Extracts {@code inputs} without a publication date and scores them against {@code gold}; prints the table. */
    public static Scorer.Result score(List<Path> inputs, Path gold) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Scorer.Result r = new Scorer().score(json.readTree(gold.toFile()),
                json.valueToTree(ExtractCommand.run(extractor(), inputs, null, System.err)));
        System.out.print(r.format(false));
        return r;
    }

    /** One line per category whose F1 is below its floor; empty when none is. */
    public static String below(Scorer.Result r, Map<String, Double> floors) {
        StringBuilder failures = new StringBuilder();
        new java.util.TreeMap<>(floors).forEach((k, min) -> {
            double f1 = r.tallies().get(k).f1();
            if (f1 < min) {
                failures.append(k).append(" F1=").append(f1).append(" < ").append(min).append('\n');
            }
        });
        return failures.toString();
    }
}
