package newsgraph.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extraction for HTTP requests runs here, apart from the request threads: a fixed few threads and
 * a short queue, so texts however costly can never take the CPU from /health and the reads. A
 * request waits at most the deadline, queue included; when it passes, or when the client hangs
 * up, the extraction is interrupted (the pipeline checks, see
 * {@link newsgraph.extract.pipeline.Cancellation}) or, still queued, dropped: its thread is free
 * for the next text at once.
 */
@Singleton
public class ExtractionPool {

    private final ThreadPoolExecutor executor;
    private final Duration deadline;

    public ExtractionPool(ExtractionSettings settings) {
        int threads = settings.threadCount();
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, settings.queue())), r -> {
                    Thread t = new Thread(r, "extraction-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.deadline = settings.deadline();
    }

    /**
     * Runs {@code task} on the pool for {@code request} and returns its result.
     *
     * @throws ExtractionRefused 503 when the pool is full or the deadline passed while waiting, 504
     *     when it passed while extracting
     */
    public <T> T run(Callable<T> task, HttpRequest<?> request) {
        AtomicBoolean started = new AtomicBoolean();
        FutureTask<T> future = new FutureTask<>(() -> {
            started.set(true);
            return task.call();
        });
        try {
            executor.execute(future);
        } catch (RejectedExecutionException e) {
            throw new ExtractionRefused(HttpStatus.SERVICE_UNAVAILABLE, "the server is busy extracting other texts ("
                    + executor.getMaximumPoolSize() + " at a time, " + executor.getQueue().size()
                    + " waiting); try again shortly", 2);
        }
        Runnable cancel = () -> {
            if (future.cancel(true)) {
                executor.remove(future); // a queued task leaves the queue now, not when a thread reaches it
            }
        };
        try (ClientConnection.Watch watch = ClientConnection.onClose(request, cancel)) {
            return future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            cancel.run();
            if (!started.get()) {
                throw new ExtractionRefused(HttpStatus.SERVICE_UNAVAILABLE, "the server is busy extracting other texts:"
                        + " this one waited " + shown(deadline) + " without starting; try again later", 10);
            }
            throw new ExtractionRefused(HttpStatus.GATEWAY_TIMEOUT, "extraction took longer than the limit of "
                    + shown(deadline) + " and was stopped; send a shorter text", 0);
        } catch (CancellationException e) {
            // The client hung up: nobody reads this answer.
            throw new ExtractionRefused(HttpStatus.SERVICE_UNAVAILABLE, "extraction cancelled: the client went away", 0);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            cancel.run();
            Thread.currentThread().interrupt();
            throw new ExtractionRefused(HttpStatus.SERVICE_UNAVAILABLE, "the server is stopping", 0);
        }
    }

    private static String shown(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    /** Extractions running now (for tests and the soak). */
    public int running() {
        return executor.getActiveCount();
    }

    /** Extractions waiting for a thread. */
    public int waiting() {
        return executor.getQueue().size();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
