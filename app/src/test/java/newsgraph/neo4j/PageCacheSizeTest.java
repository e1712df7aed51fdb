package newsgraph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheSizeTest {
    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;

    @Test
    void parse_readsAutoAndSizesWithBinarySuffixes_caseInsensitive() {
        assertEquals(PageCacheSize.AUTO, PageCacheSize.parse("auto"));
        assertEquals(PageCacheSize.AUTO, PageCacheSize.parse(" AUTO "));
        assertEquals(PageCacheSize.of(512 * MIB), PageCacheSize.parse("512m"));
        assertEquals(PageCacheSize.of(512 * MIB), PageCacheSize.parse("512M"));
        assertEquals(PageCacheSize.of(2 * GIB), PageCacheSize.parse("2g"));
        assertEquals(PageCacheSize.of(1500 * MIB), PageCacheSize.parse("1500m"));
        assertEquals(PageCacheSize.of(65536 * 1024L), PageCacheSize.parse("65536k"));
        assertEquals(PageCacheSize.of(3 * GIB), PageCacheSize.parse("3GiB"));
        assertEquals(PageCacheSize.of(536870912), PageCacheSize.parse("536870912"));
    }

    @Test
    void parse_refusesWhatIsNotASize_sayingWhatIsAccepted() {
        for (String bad : new String[] {"lots", "-1g", "1.5g", "2t", "", "m", "512 m"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> PageCacheSize.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "' is not a page cache size")
                    && e.getMessage().contains("auto") && e.getMessage().contains("512m"), e.getMessage());
        }
    }

    @Test
    void parse_refusesZeroAndSizesBelowNeo4jsMinimum() {
        for (String small : new String[] {"0", "7m", "8388607", "0g"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> PageCacheSize.parse(small), small);
            assertTrue(e.getMessage().contains("below the smallest page cache, 8m"), e.getMessage());
        }
        assertEquals(PageCacheSize.of(8 * MIB), PageCacheSize.parse("8m"));
    }

    @Test
    void parse_refusesASizeThatOverflows() {
        var e = assertThrows(IllegalArgumentException.class, () -> PageCacheSize.parse("99999999999g"));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void fixedSize_isTakenAsGiven_whateverTheStore(@TempDir Path dir) {
        var choice = PageCacheSize.parse("1500m").choose(dir);
        assertEquals(1500 * MIB, choice.bytes());
        assertEquals("1.5 GiB (fixed)", choice.toString());
    }

    @Test
    void auto_isTheStorePlusAQuarter() {
        var choice = PageCacheSize.auto(GIB, 24 * GIB, GIB);
        assertEquals(1280 * MIB, choice.bytes());
        assertEquals("1.3 GiB (auto: store 1.0 GiB + 25%)", choice.toString());
    }

    @Test
    void auto_neverGoesBelowTheOldFixed256MiB() {
        assertEquals(256 * MIB, PageCacheSize.auto(0, 24 * GIB, GIB).bytes());
        assertEquals(256 * MIB, PageCacheSize.auto(100 * MIB, 24 * GIB, GIB).bytes());
        assertTrue(PageCacheSize.auto(100 * MIB, 24 * GIB, GIB).why().contains("at least 256 MiB"));
        // Just above the floor: the store's own size plus a quarter, rounded up to whole MiB.
        assertEquals(263 * MIB, PageCacheSize.auto(210 * MIB, 24 * GIB, GIB).bytes());
    }

    @Test
    void auto_isCappedAtHalfTheMemoryBeyondTheHeap() {
        var choice = PageCacheSize.auto(40 * GIB, 16 * GIB, 2 * GIB);
        assertEquals(7 * GIB, choice.bytes());
        assertTrue(choice.why().contains("capped at half of the 14.0 GiB"), choice.why());
    }

    @Test
    void auto_keepsTheFloor_onAMachineWhoseCapIsBelowIt() {
        assertEquals(256 * MIB, PageCacheSize.auto(2 * GIB, GIB, 768 * MIB).bytes());
        assertEquals(256 * MIB, PageCacheSize.auto(2 * GIB, GIB, 2 * GIB).bytes(), "a heap above physical memory");
        assertEquals(256 * MIB, PageCacheSize.auto(2 * GIB, 0, GIB).bytes(), "physical memory unknown");
    }

    @Test
    void auto_onANewDirectory_is256MiB(@TempDir Path dir) {
        assertEquals(0, PageCacheSize.storeBytes(dir));
        assertEquals(0, PageCacheSize.storeBytes(dir.resolve("not-there")));
        assertEquals(256 * MIB, PageCacheSize.AUTO.choose(dir).bytes());
    }

    @Test
    void storeBytes_countsTheDatabasesFiles_notTheTransactionLogs(@TempDir Path dir) throws Exception {
        Path neo4j = Files.createDirectories(dir.resolve("data/databases/neo4j/schema/index"));
        sized(neo4j.resolve("../../neostore.propertystore.db.strings"), 300 * MIB); // sparse: no disk used
        sized(neo4j.resolve("range.idx"), 12345);
        sized(Files.createDirectories(dir.resolve("data/databases/system")).resolve("neostore"), 1000);
        sized(Files.createDirectories(dir.resolve("data/transactions/neo4j")).resolve("neostore.transaction.db.0"), 256 * MIB);
        sized(Files.createDirectories(dir.resolve("logs")).resolve("debug.log"), 5000);

        assertEquals(300 * MIB + 12345 + 1000, PageCacheSize.storeBytes(dir));
        var choice = PageCacheSize.AUTO.choose(dir);
        assertEquals(375 * MIB + MIB, choice.bytes(), "(300 MiB + 13,345 bytes) × 1.25, rounded up to whole MiB");
        assertTrue(choice.toString().startsWith("376 MiB (auto: store 300 MiB + 25%"), choice.toString());
    }

    @Test
    void embeddedSettings_stillRefusesLessThan8MiB() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new EmbeddedSettings(Path.of("x"), "127.0.0.1", 7687, -1, 8 * MIB - 1));
        assertTrue(e.getMessage().contains("8 MiB"), e.getMessage());
    }

    private static void sized(Path file, long bytes) throws Exception {
        try (var f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }
}
