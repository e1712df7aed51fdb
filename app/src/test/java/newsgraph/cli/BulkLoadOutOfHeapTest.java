package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsgraph.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulk-load} of an archive too big for its heap: the plan holds the archive's people,
 * organizations and events in memory, and a heap too small for them ends in one line that says so,
 * how far it got and how to give it more, not a stack trace; nothing is left under the target's name.
 * A real shortage: the command runs in a JVM of its own with a 32 MiB heap, over 30,000 generated
 * articles (fictional, {@code CorpusGenerator}: ~17 MiB held at ~600 bytes an article, beside the
 * 2.6 MiB files it parses).
 */
class BulkLoadOutOfHeapTest {

    @TempDir
    Path dir;

    @Test
    void anArchiveTooBigForTheHeap_saysSoInOneLine_andLeavesNoStore() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        BenchBulkLoadCommand.writeCorpus(corpus, 5, 30_000);
        Path target = dir.resolve("store");
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = dir.resolve("bulk-load.log");
        Process p = new ProcessBuilder(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bulk-load", corpus.toString(), "--data", target.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bulk-load ended");
        String out = Files.readString(log, StandardCharsets.UTF_8);

        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("newsgraph bulk-load: ran out of heap while planning, after "), out);
        assertTrue(out.contains("NEWSGRAPH_JAVA_OPTS=-Xmx"), out);
        assertFalse(out.contains("java.lang.OutOfMemoryError"), "no stack trace: " + out);
        assertFalse(Files.exists(target), "no store under the target's name");
        assertFalse(Files.exists(target.resolveSibling("store.bulk-load-partial")), "no partial store");
    }
}
