package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsgraph.extract.Shared;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: every bad file gets a clear message and an error, the others are still extracted. */
class ExtractCommandBadInputTest {
    private static final String ARTICLE = "　　□记者 赵海涛 报道\n　　本报3月2日讯 昨天上午，东岳新区产业发展推进会召开。"
            + "东岳新区工委书记李明远出席会议并讲话。\n";

    @Test
    void extract_reportsEachBadFileAndStillProcessesTheOthers(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a_empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(dir.resolve("b_binary.txt"), binary);
        Files.write(dir.resolve("c_gbk.txt"), ARTICLE.getBytes(Charset.forName("GBK")));
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(dir.resolve("d_big.txt"), big);
        Files.writeString(dir.resolve("e_english.txt"), "No Chinese here at all.\nJust a line.\n");
        Files.writeString(dir.resolve("f_good.txt"), ARTICLE);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = dir.resolve("out.json");
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = newsgraph.Main.commandLine().execute("extract", dir.toString(), "--date", "2024-03-02", "--out", out.toString());
        } finally {
            System.setErr(oldErr);
        }
        String messages = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, "a failed file makes the exit status non-zero");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        Map<String, JsonNode> docs = new HashMap<>();
        json.get("documents").forEach(d -> docs.put(d.get("file").asText(), d));
        assertTrue(docs.get("a_empty.txt").get("error").asText().contains("empty"));
        assertTrue(docs.get("b_binary.txt").get("error").asText().contains("binary"));
        assertTrue(docs.get("d_big.txt").get("error").asText().contains("too large"));
        assertTrue(docs.get("e_english.txt").get("error").asText().contains("no Chinese"));
        for (String f : List.of("a_empty.txt", "b_binary.txt", "d_big.txt", "e_english.txt")) {
            assertTrue(messages.contains(f), "stderr names " + f + ": " + messages);
        }
        assertNull(docs.get("c_gbk.txt").get("error"), "GBK is detected and decoded");
        assertEquals("李明远", docs.get("c_gbk.txt").get("articles").get(0).get("officials").get(0).get("name").asText());
        assertNull(docs.get("f_good.txt").get("error"));
        assertEquals("赵海涛", docs.get("f_good.txt").get("articles").get(0).get("reporters").get(0).asText());
    }

    /** A FIFO, a device, a socket, a dangling link, a loop: refused by type before reading, named, the others extracted. */
    @Test
    void extract_refusesNonRegularFilesByTypeAndGoesOn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a_good.txt"), ARTICLE);
        boolean fifo = mkfifo(dir.resolve("b_pipe.txt"));
        Files.createSymbolicLink(dir.resolve("c_dangling.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("d_loop1.txt"), dir.resolve("d_loop2.txt"));
        Files.createSymbolicLink(dir.resolve("d_loop2.txt"), dir.resolve("d_loop1.txt"));
        Files.createSymbolicLink(dir.resolve("e_link.txt"), dir.resolve("a_good.txt"));
        Path pipeArg = dir.resolve("f_pipe_arg");
        boolean fifoArg = mkfifo(pipeArg);
        Path other = Files.createDirectory(dir.resolve("other")).resolve("g_other.txt");
        Files.writeString(other, ARTICLE);
        List<String> args = new java.util.ArrayList<>(List.of("extract", dir.toString(), "/nonexistent/missing.txt"));
        if (Files.exists(Path.of("/dev/zero"))) {
            args.add("/dev/zero");
        }
        args.add(pipeArg.toString());
        args.add(other.toString());
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extract(dir, args), "a FIFO or device must never block");
        assertEquals(1, run.code(), "some input refused: exit status 1");
        Map<String, JsonNode> docs = run.docs();
        assertNull(docs.get("a_good.txt").get("error"));
        assertNull(docs.get("e_link.txt").get("error"), "a link to a regular file is read");
        assertNull(docs.get("g_other.txt").get("error"), "arguments after bad ones still run");
        if (fifo) {
            assertTrue(docs.get("b_pipe.txt").get("error").asText().contains("FIFO"), docs.get("b_pipe.txt").toString());
        }
        if (fifoArg) {
            assertTrue(docs.get("f_pipe_arg").get("error").asText().contains("FIFO"));
        }
        assertTrue(docs.get("c_dangling.txt").get("error").asText().contains("dangling symbolic link"));
        assertTrue(docs.get("d_loop1.txt").get("error").asText().contains("loop"));
        assertTrue(docs.get("missing.txt").get("error").asText().contains("no such file"));
        if (Files.exists(Path.of("/dev/zero"))) {
            assertTrue(docs.get("zero").get("error").asText().contains("device"), docs.get("zero").toString());
        }
        for (String f : List.of("c_dangling.txt", "d_loop1.txt", "d_loop2.txt", "/nonexistent/missing.txt")) {
            assertTrue(run.err().contains(f), "stderr names " + f + ": " + run.err());
        }
    }

    /** A file far larger than the cap (sparse: no disk used) is refused after reading only the cap. */
    @Test
    void extract_refusesAHugeFileWithoutLoadingIt(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // more than any byte array: a whole read could not even start
        }
        DocumentExtraction d = Shared.extractor().extractFile(huge, null);
        assertTrue(d.error().contains("too large"), d.error());
    }

    @Test
    void extract_exitCodes_allFineIsZero_usageIsTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        assertEquals(0, extract(dir, List.of("extract", dir.resolve("a.txt").toString())).code());
        assertEquals(2, newsgraph.Main.commandLine().execute("extract"), "no input is a usage error");
        assertEquals(2, newsgraph.Main.commandLine().execute("extract", "--no-such-option", dir.toString()));
    }

    private record Run(int code, Map<String, JsonNode> docs, String err) {}

    private static Run extract(Path dir, List<String> args) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + ".json");
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of("--out", out.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = newsgraph.Main.commandLine().execute(all.toArray(String[]::new));
        } finally {
            System.setErr(oldErr);
        }
        Map<String, JsonNode> docs = new HashMap<>();
        new ObjectMapper().readTree(out.toFile()).get("documents").forEach(d -> docs.put(d.get("file").asText(), d));
        return new Run(code, docs, err.toString(StandardCharsets.UTF_8));
    }

    /** Makes a FIFO with the system's mkfifo; false where there is none (the FIFO checks are then left out). */
    static boolean mkfifo(Path p) {
        try {
            Process pr = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return pr.waitFor() == 0 && Files.exists(p);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void extractor_failsCleanlyOnTextWithoutChinese() {
        Extraction ex;
        DocumentExtraction d = Shared.extractor().extractFile(Path.of("/nonexistent/nothing.txt"), null);
        assertTrue(d.error().startsWith("cannot read"));
        ex = Extraction.of(List.of(d));
        assertEquals(1, ex.documents().size());
    }
}
