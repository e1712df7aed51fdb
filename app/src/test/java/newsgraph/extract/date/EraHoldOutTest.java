package newsgraph.extract.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import newsgraph.testing.NeedsShared;
import newsgraph.testing.SharedFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The era clues held out against the stream's real articles, which carry their date of
 * publication ({@code 发布时间}): no marker may leave a window that excludes the article's own date
 * (see {@link EraHoldOut}). The stream is from 2010–2011, so it tests the congresses, plenums, NPC
 * terms and five-year plans of those years; the campaigns and birth anniversaries were held out on
 * other public text (README-realdev.md, session 9).
 */
@NeedsShared
class EraHoldOutTest {
    @Test
    void era_noMarkerExcludesTheDateOfARealArticle() throws Exception {
        Path stream = SharedFolder.require().resolve("stream/articles");
        Assumptions.assumeTrue(Files.isDirectory(stream), "needs ../shared/stream/articles");
        EraHoldOut h = new EraHoldOut();
        try (Stream<Path> files = Files.list(stream)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                h.read(f);
            }
        }
        int wrong = h.byMarker.values().stream().mapToInt(t -> t.wrong).sum();
        int right = h.byMarker.values().stream().mapToInt(t -> t.right).sum();
        assertTrue(h.dated > 0 && right > 0, "no dated article with a clue read:\n" + h.table());
        assertTrue(wrong == 0, h.table() + String.join("\n", h.byMarker.values().stream().flatMap(t -> t.wrongs.stream()).toList()));
    }
}
