package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import newsgraph.cli.ServeCommand;
import newsgraph.testing.Http;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

/**
 * Extraction over HTTP is bounded: a text longer than the limit is 413; texts at the limit run on
 * the extraction pool, so /health stays fast while they run; a full pool is 503 with Retry-After;
 * the deadline and a client hanging up stop the work and free the pool.
 */
class ExtractionLimitsTest {

    /** A fictional sentence repeated to {@code chars} characters: costly for the extractor, as long as allowed. */
    static String maximalText(int chars) {
        String sentence = "临江市副市长林海峰在会上强调，要学习先进经验并抓好落实。";
        return sentence.repeat(chars / sentence.length() + 1).substring(0, chars);
    }

    private static ServeCommand.Server start(Map<String, Object> properties) {
        return ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, properties);
    }

    /** A POST of the text over a socket we hold, so the test decides when the client goes away. */
    private static Socket postExtract(ServeCommand.Server server, String text) {
        try {
            byte[] body = ("{\"text\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
            Socket socket = new Socket("127.0.0.1", server.http().getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void textOverTheLimit_is413_sayingTheLimit() {
        try (var server = start(Map.of("newsgraph.extraction.max-chars", 1000))) {
            var r = new Http(server.apiUrl()).post("/api/extract", "{\"text\": \"" + maximalText(1001) + "\"}");
            assertEquals(413, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.json().get("detail").asText().contains("the limit is 1000"), r.body());
        }
    }

    @Test
    void fourMaximalExtractions_healthAnswersWithinOneSecond_andHangingUpFreesThePool() throws Exception {
        try (var server = start(Map.of())) {
            ExtractionPool pool = server.context().getBean(ExtractionPool.class);
            int max = server.context().getBean(ExtractionSettings.class).maxChars();
            Http http = new Http(server.apiUrl());
            assertEquals(200, http.get("/health").status(), "warm: the first request loads classes");
            List<Socket> clients = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    clients.add(postExtract(server, maximalText(max)));
                }
                await("an extraction starts", 30, () -> pool.running() > 0);
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    var health = http.get("/health");
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                    assertEquals(200, health.status(), health.body());
                    assertTrue(ms < 1000, "/health took " + ms + " ms while " + pool.running() + " extractions ran and "
                            + pool.waiting() + " waited");
                }
            } finally {
                for (Socket s : clients) {
                    s.close();
                }
            }
            await("the extractions of the clients that hung up stop", 10, () -> pool.running() == 0 && pool.waiting() == 0);
        }
    }

    @Test
    void deadline_is504_andStopsTheExtraction() throws Exception {
        // 50 ms: a maximal text takes several times that even now that extraction is linear
        try (var server = start(Map.of("newsgraph.extraction.deadline", "50ms"))) {
            ExtractionPool pool = server.context().getBean(ExtractionPool.class);
            var r = new Http(server.apiUrl()).post("/api/extract", "{\"text\": \"" + maximalText(200_000) + "\"}");
            assertEquals(504, r.status(), r.body());
            assertTrue(r.json().get("detail").asText().contains("longer than the limit of 50 ms"), r.body());
            await("the extraction stops", 5, () -> pool.running() == 0);
        }
    }

    @Test
    void fullPool_is503_withRetryAfter() throws Exception {
        try (var server = start(Map.of("newsgraph.extraction.threads", 1, "newsgraph.extraction.queue", 1))) {
            ExtractionPool pool = server.context().getBean(ExtractionPool.class);
            List<Socket> clients = new ArrayList<>();
            try {
                clients.add(postExtract(server, maximalText(200_000)));
                clients.add(postExtract(server, maximalText(200_000)));
                await("one extraction runs and one waits", 30, () -> pool.running() == 1 && pool.waiting() == 1);
                var r = new Http(server.apiUrl()).post("/api/extract", "{\"text\": \"本报讯 临江市召开会议。\"}");
                assertEquals(503, r.status(), r.body());
                assertTrue(r.json().get("detail").asText().contains("busy"), r.body());
                assertTrue(r.header("retry-after").matches("\\d+"), "Retry-After: " + r.header("retry-after"));
            } finally {
                for (Socket s : clients) {
                    s.close();
                }
            }
        }
    }
}
