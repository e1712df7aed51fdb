package newsgraph.api;

import io.micronaut.http.HttpStatus;

/**
 * Extraction not done for a reason of the server's, not of the text: all extraction threads busy
 * and the queue full (503, retry after {@code retryAfterSeconds}), or the deadline passed (504).
 */
final class ExtractionRefused extends RuntimeException {

    private final HttpStatus status;
    private final int retryAfterSeconds;

    ExtractionRefused(HttpStatus status, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    HttpStatus status() {
        return status;
    }

    /** Seconds for the Retry-After header; 0: none. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
