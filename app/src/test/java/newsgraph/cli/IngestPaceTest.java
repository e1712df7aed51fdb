package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IngestPaceTest {

    private static final long S = 1_000_000_000L;

    @Test
    void pace_leavesOutTheFirstFilesWarmUp() {
        IngestPace pace = new IngestPace();
        // The first file (3 articles) takes 30 s: HanLP loads. Then 4 files of 2 articles in 8 s.
        assertTrue(pace.articlesPerSecond(10 * S, 1).isEmpty(), "no rate while warming up");
        pace.fileDone(30 * S, 1, 3);
        assertTrue(pace.remaining(30 * S, 1, 101).isEmpty(), "no time left before a file was timed");
        pace.fileDone(38 * S, 5, 11);

        assertEquals(1.0, pace.articlesPerSecond(38 * S, 11).orElseThrow(), 1e-9, "8 articles in 8 s, not 11 in 38 s");
        assertEquals(Duration.ofSeconds(192), pace.remaining(38 * S, 5, 101).orElseThrow(), "96 files at 2 s each");
    }

    @Test
    void pace_followsTheLastHalfMinute_whenThingsSpeedUp() {
        IngestPace pace = new IngestPace();
        pace.fileDone(0, 1, 1);
        for (int f = 2; f <= 11; f++) {
            pace.fileDone((f - 1) * 10 * S, f, f); // 10 s per file, one article each (JIT still warming)
        }
        for (int f = 12; f <= 41; f++) {
            pace.fileDone(100 * S + (f - 11) * S, f, f); // then 1 s per file
        }
        // At 130 s the base is the end of file 11 (100 s), the newest mark a window old, not file 1 at 0 s.
        assertEquals(1.0, pace.articlesPerSecond(130 * S, 41).orElseThrow(), 1e-9, "30 articles in 30 s, not 40 in 130 s");
        assertEquals(Duration.ofSeconds(60), pace.remaining(130 * S, 41, 101).orElseThrow(), "60 files at 1 s each");
    }

    @Test
    void formats_readAsAPersonWouldSayThem() {
        assertEquals("warming up", IngestPace.formatRate(OptionalDouble.empty()));
        assertEquals("0.4 articles/s", IngestPace.formatRate(OptionalDouble.of(0.4)));
        assertEquals("37 articles/s", IngestPace.formatRate(OptionalDouble.of(37.2)));
        assertEquals("42 s", IngestPace.formatDuration(Duration.ofSeconds(42)));
        assertEquals("3 min 05 s", IngestPace.formatDuration(Duration.ofSeconds(185)));
        assertEquals("1 h 02 min", IngestPace.formatDuration(Duration.ofSeconds(3720)));
    }
}
