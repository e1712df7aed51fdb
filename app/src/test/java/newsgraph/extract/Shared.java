package newsgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: one extractor for all tests (HanLP loads once), and the shared material folder. */
public final class Shared {
    private static Extractor extractor;

    private Shared() {}

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor;
    }

    /** ../shared (system property newsgraph.shared, set by surefire); fails loudly when missing. */
    public static Path folder() {
        String p = System.getProperty("newsgraph.shared");
        if (p == null || !Files.isDirectory(Path.of(p, "corpus")) || !Files.isRegularFile(Path.of(p, "eval", "seeds-gold.json"))) {
            throw new AssertionError("the shared folder with corpus/ and eval/seeds-gold.json is missing (system property "
                    + "newsgraph.shared = " + p + "); run the tests through Maven from the repository");
        }
        return Path.of(p);
    }
}
