package newsgraph.extract.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.cli.ExtractCommand;
import newsgraph.extract.Shared;
import newsgraph.model.DocumentExtraction;
import org.junit.jupiter.api.Test;

/**
 * Every file of the real news stream ({@code ../shared/stream/articles}, 3,003 articles nobody on the
 * team wrote) extracts without an exception; a file that cannot be read must say why, in its error.
 * Skipped, with one line, where the shared material is absent (a public clone).
 */
class StreamFilesTest {
    @Test
    void everyStreamFile_extractsWithoutAnException() throws Exception {
        String shared = System.getProperty("newsgraph.shared", "../shared");
        Path stream = Path.of(shared, "stream", "articles");
        assumeTrue(Files.isDirectory(stream), "../shared/stream/articles absent: stream test skipped");
        List<Path> files = ExtractCommand.files(List.of(stream));
        assertTrue(files.size() > 100, "the stream has its files: " + files.size());
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                DocumentExtraction d = Shared.extractor().extractFile(f, null);
                if (d.error() != null && d.error().isBlank()) {
                    problems.add(f.getFileName() + ": an error without a message");
                }
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(f.getFileName() + ": " + e);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " of " + files.size() + " files failed:\n" + String.join("\n", problems));
    }
}
