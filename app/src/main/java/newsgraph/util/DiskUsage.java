package newsgraph.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes of the files under a directory: what a store or a benchmark's output takes on disk. */
public final class DiskUsage {

    private DiskUsage() {}

    /** Every regular file under {@code dir}, summed; 0 when it does not exist. */
    public static long bytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(DiskUsage::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // removed while walking (a lock or temporary file)
        }
    }
}
