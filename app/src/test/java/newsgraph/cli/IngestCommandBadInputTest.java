package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newsgraph.Main;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} over bad inputs, into a real embedded store: a FIFO, a dangling link, a loop and a
 * missing argument are each reported, the good file is still written, and the exit status is the
 * one {@code extract} gives (1 some input refused, 0 all fine).
 */
class IngestCommandBadInputTest {
    private static final String ARTICLE = "本报3月2日讯 昨天上午，东岳新区产业发展推进会召开。东岳新区工委书记李明远出席会议并讲话。\n";

    private record Run(int code, String out, String err) {}

    @Test
    void ingest_reportsEachBadInput_writesTheGoodOne_exitsOne(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(pages.resolve("a_good.txt"), ARTICLE);
        boolean fifo = ExtractCommandBadInputTest.mkfifo(pages.resolve("b_pipe.txt"));
        Files.createSymbolicLink(pages.resolve("c_dangling.txt"), pages.resolve("nowhere.txt"));
        Files.createSymbolicLink(pages.resolve("d_loop.txt"), pages.resolve("d_loop.txt"));
        Path data = dir.resolve("data");
        String bolt = String.valueOf(TestNeo4j.freePort());

        Run bad = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> ingest("--data", data.toString(), "--bolt-port", bolt,
                "/nonexistent/missing.txt", pages.toString()), "a FIFO must never block ingest");
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.out().contains("1 new"), "the good file is written despite the bad ones: " + bad.out());
        List<String> named = new ArrayList<>(List.of("missing.txt", "c_dangling.txt", "d_loop.txt"));
        if (fifo) {
            named.add("b_pipe.txt");
            assertTrue(bad.err().contains("FIFO"), bad.err());
        }
        for (String f : named) {
            assertTrue(bad.err().contains(f), "stderr names " + f + ": " + bad.err());
        }
        assertTrue(bad.err().contains("dangling symbolic link") && bad.err().contains("loop"), bad.err());

        Run good = ingest("--data", data.toString(), "--bolt-port", bolt, pages.resolve("a_good.txt").toString());
        assertEquals(0, good.code(), good.err());
        assertTrue(good.out().contains("1 unchanged"), good.out());
    }

    private static Run ingest(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>(List.of("ingest"));
            all.addAll(List.of(args));
            code = Main.commandLine().execute(all.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
