package newsgraph.extract.pipeline;

import java.util.concurrent.CancellationException;

/**
 * Extraction stops early when its thread is interrupted: the API interrupts it when the request's
 * deadline passes or its client goes away, so a heavy text never holds a thread for nothing. The
 * pipeline checks between stages, and the heavy stages between clauses, mentions and sentences.
 */
public final class Cancellation {

    private Cancellation() {}

    /** @throws CancellationException when the current thread has been interrupted */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("extraction cancelled");
        }
    }
}
