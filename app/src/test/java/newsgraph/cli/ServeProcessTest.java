package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsgraph.Main;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * `newsgraph serve` as a real process: starts on a new directory, says when it is ready, then
 * answers /health, Browser and Bolt, stops cleanly on SIGTERM, and a restart on the same directory
 * has the data.
 */
class ServeProcessTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final int READY_WITHIN_SECONDS = 300;

    @TempDir
    Path dir;

    private Path log;

    @Test
    void serve_startsStopsOnSigtermAndKeepsDataAcrossRestart() throws Exception {
        Path data = dir.resolve("store");
        int api = TestNeo4j.freePort();
        int bolt = TestNeo4j.freePort();
        int web = TestNeo4j.freePort();

        Process first = startServe(data, api, bolt, web);
        try {
            awaitHealthy(first, api);
            assertEquals(200, status("http://127.0.0.1:" + web + "/browser/"), "Neo4j Browser");
            try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, TestNeo4j.auth(data));
                    var session = driver.session()) {
                session.run("CREATE (:Probe {name: '重启前'})").consume();
            }
        } finally {
            stop(first);
        }

        Process second = startServe(data, api, bolt, web);
        try {
            awaitHealthy(second, api);
            try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, TestNeo4j.auth(data));
                    var session = driver.session()) {
                long n = session.run("MATCH (p:Probe {name: '重启前'}) RETURN count(p) AS n").single().get("n").asLong();
                assertEquals(1, n, "data written before SIGTERM survives the restart");
            }
        } finally {
            stop(second);
        }
    }

    private Process startServe(Path data, int api, int bolt, int web) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", data.toString(), "--port", String.valueOf(api),
                "--bolt-port", String.valueOf(bolt), "--neo4j-http-port", String.valueOf(web));
        log = Files.createTempFile(dir, "serve", ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Waits for serve's "ready" line (start-up takes 20 s on a quiet machine, over 80 s on a busy
     * one; the bound is only there so a hung start fails), then /health must say UP at once.
     */
    private void awaitHealthy(Process process, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_WITHIN_SECONDS);
        while (!Files.readString(log).contains("newsgraph: ready in ")) {
            assertTrue(process.isAlive(), "serve exited early with status " + (process.isAlive() ? "" : process.exitValue())
                    + ":\n" + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, "serve did not print its ready line within " + READY_WITHIN_SECONDS
                    + " s:\n" + Files.readString(log));
            Thread.sleep(250);
        }
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "/health right after the ready line: " + response.body());
        assertTrue(response.body().contains("\"UP\""), response.body());
    }

    private int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** SIGTERM (Process.destroy on Unix), then it must be gone within a few seconds. */
    private static void stop(Process process) throws Exception {
        process.destroy();
        boolean exited = process.waitFor(20, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(exited, "serve stops within 20 s of SIGTERM");
    }
}
