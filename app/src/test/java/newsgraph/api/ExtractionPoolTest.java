package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import newsgraph.extract.pipeline.Cancellation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool on its own: a full queue is refused at once, a deadline stops the work and frees the thread. */
class ExtractionPoolTest {

    private final HttpRequest<?> request = HttpRequest.POST("/api/extract", "");
    private ExtractionPool pool;

    @AfterEach
    void close() {
        pool.close();
    }

    /** Work that only ends when interrupted, checking as the pipeline does. */
    private static String spinUntilCancelled(CountDownLatch started) {
        started.countDown();
        while (true) {
            Cancellation.check();
            Thread.onSpinWait();
        }
    }

    @Test
    void deadline_stopsTheWork_andFreesTheThread() throws Exception {
        pool = new ExtractionPool(new ExtractionSettings(100, 1, 1, Duration.ofMillis(300)));
        CountDownLatch started = new CountDownLatch(1);
        var e = assertThrows(ExtractionRefused.class, () -> pool.run(() -> spinUntilCancelled(started), request));
        assertEquals(HttpStatus.GATEWAY_TIMEOUT, e.status(), e.getMessage());
        assertTrue(e.getMessage().contains("longer than the limit"), e.getMessage());
        awaitIdle();
        assertEquals("next", pool.run(() -> "next", request), "the thread takes the next text");
    }

    @Test
    void fullQueue_isRefusedAtOnce_withRetryAfter() throws Exception {
        pool = new ExtractionPool(new ExtractionSettings(100, 1, 1, Duration.ofSeconds(20)));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var clients = Executors.newFixedThreadPool(2);
        try {
            clients.submit(() -> pool.run(() -> {
                running.countDown();
                release.await();
                return "first";
            }, request));
            assertTrue(running.await(10, TimeUnit.SECONDS));
            var second = clients.submit(() -> pool.run(() -> "second", request));
            while (pool.waiting() == 0) {
                Thread.sleep(5);
            }
            long t0 = System.nanoTime();
            var e = assertThrows(ExtractionRefused.class, () -> pool.run(() -> "third", request));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "refused without waiting");
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.status());
            assertTrue(e.retryAfterSeconds() > 0);
            release.countDown();
            assertEquals("second", second.get(10, TimeUnit.SECONDS), "the queued one still runs");
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void deadlinePassedWhileQueued_is503_andTheTextNeverRuns() throws Exception {
        pool = new ExtractionPool(new ExtractionSettings(100, 1, 2, Duration.ofMillis(500)));
        CountDownLatch started = new CountDownLatch(1);
        var clients = Executors.newSingleThreadExecutor();
        try {
            // Work that does not look at interruption holds the one thread past the second's deadline.
            clients.submit(() -> pool.run(() -> {
                started.countDown();
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
                return "stubborn";
            }, request));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            boolean[] ran = {false};
            var e = assertThrows(ExtractionRefused.class, () -> pool.run(() -> ran[0] = true, request));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.status(), e.getMessage());
            assertTrue(e.getMessage().contains("without starting"), e.getMessage());
            awaitIdle();
            assertTrue(!ran[0], "a text whose client was answered is not extracted afterwards");
        } finally {
            clients.shutdownNow();
        }
    }

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((pool.running() > 0 || pool.waiting() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, pool.running(), "no extraction left running");
        assertEquals(0, pool.waiting(), "none left waiting");
    }
}
