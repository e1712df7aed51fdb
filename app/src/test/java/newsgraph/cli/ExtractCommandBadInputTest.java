package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void extractor_failsCleanlyOnTextWithoutChinese() {
        Extraction ex;
        DocumentExtraction d = Shared.extractor().extractFile(Path.of("/nonexistent/nothing.txt"), null);
        assertTrue(d.error().startsWith("cannot read"));
        ex = Extraction.of(List.of(d));
        assertEquals(1, ex.documents().size());
    }
}
