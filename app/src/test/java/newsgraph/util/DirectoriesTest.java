package newsgraph.util;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {

    @TempDir
    Path tmp;

    @Test
    void deletesADirectoryWithEverythingUnderItAndLeavesItsSiblings() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("csv/nodes/deep"));
        Files.writeString(dir.resolve("a.csv"), "id\n1\n");
        Files.writeString(tmp.resolve("csv/header.csv"), "id");
        Path sibling = Files.writeString(tmp.resolve("keep.txt"), "stays");

        Directories.delete(tmp.resolve("csv"));

        assertFalse(Files.exists(tmp.resolve("csv")));
        assertTrue(Files.exists(sibling));
    }

    @Test
    void aMissingDirectoryIsNothingToDo() {
        assertDoesNotThrow(() -> Directories.delete(tmp.resolve("never-made")));
    }
}
