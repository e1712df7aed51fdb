package newsgraph.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a scratch directory (a bulk load's CSV files, a benchmark's store) with everything under it. */
public final class Directories {

    private Directories() {}

    /**
     * Deletes {@code dir} and everything under it, deepest first; nothing happens when it does not exist.
     * A file that cannot be deleted ends it with that file named, so a half-removed directory is never
     * taken for a removed one.
     */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
