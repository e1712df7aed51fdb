package newsgraph.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the exceptions our services raise to HTTP statuses, rendered by {@link ProblemBodyProvider}.
 * What a caller reads says what went wrong in our words: Neo4j's own messages (node ids, labels,
 * Cypher) go to the log, one line per failure, never into a response.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    static MutableHttpResponse<?> respond(ErrorResponseProcessor<?> processor, HttpRequest<?> request, Throwable e,
            HttpStatus status, String message) {
        return (MutableHttpResponse<?>) processor.processResponse(
                ErrorContext.builder(request).cause(e).errorMessage(message).build(), HttpResponse.status(status));
    }

    /** Bad parameters, missing text, unknown names: the caller's to fix. */
    @Singleton
    @Produces
    @Requires(classes = {IllegalArgumentException.class, ExceptionHandler.class})
    static class BadRequest implements ExceptionHandler<IllegalArgumentException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        BadRequest(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, IllegalArgumentException e) {
            return respond(processor, request, e, HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** The extraction pool full (503 with Retry-After) or the deadline passed (504). */
    @Singleton
    @Produces
    @Requires(classes = {ExtractionRefused.class, ExceptionHandler.class})
    static class Refused implements ExceptionHandler<ExtractionRefused, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Refused(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ExtractionRefused e) {
            LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            var response = respond(processor, request, e, e.status(), e.getMessage());
            if (e.retryAfterSeconds() > 0) {
                response.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
            }
            return response;
        }
    }

    /**
     * Neo4j down or unreachable: 503 with Retry-After, so clients retry later; a read-only breach:
     * 403; a timeout: 504; a write conflicting with another: 409.
     */
    @Singleton
    @Produces
    @Requires(classes = {Neo4jException.class, ExceptionHandler.class})
    static class Neo4jFailure implements ExceptionHandler<Neo4jException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Neo4jFailure(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, Neo4jException e) {
            String code = e.code() == null ? "" : e.code();
            // One line, no stack trace: with Neo4j gone every request fails the same way.
            LOG.warn("{} {}: Neo4j {}: {}", request.getMethod(), request.getPath(),
                    code.isEmpty() ? e.getClass().getSimpleName() : code, oneLine(e.getMessage()));
            if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                    || code.contains("DatabaseUnavailable")) {
                return respond(processor, request, e, HttpStatus.SERVICE_UNAVAILABLE,
                        "Neo4j is unavailable; try again shortly").header(HttpHeaders.RETRY_AFTER, "5");
            }
            if (code.contains("AccessMode") || code.contains("ForbiddenDueToTransactionType")
                    || code.equals("Neo.ClientError.Security.Forbidden")) { // the embedded read path's read-only context
                return respond(processor, request, e, HttpStatus.FORBIDDEN, "saved queries are read-only");
            }
            if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
                return respond(processor, request, e, HttpStatus.GATEWAY_TIMEOUT,
                        "the query took longer than the server's limit (NEWSGRAPH_QUERY_TIMEOUT)");
            }
            if (code.equals(ArticleController.CONSTRAINT_VIOLATED) || e instanceof TransientException) {
                return respond(processor, request, e, HttpStatus.CONFLICT,
                        "another request was writing the same data; send this one again");
            }
            if (e instanceof ClientException) {
                return respond(processor, request, e, HttpStatus.BAD_REQUEST,
                        "Neo4j refused to run the query with these parameters (" + code + ")");
            }
            String what = e instanceof DatabaseException ? "Neo4j failed" : "Neo4j error";
            return respond(processor, request, e, HttpStatus.INTERNAL_SERVER_ERROR, what + " (" + code + "); see the server log");
        }
    }

    /** Anything else is our bug: logged with its stack trace once, answered without internals. */
    @Singleton
    @Produces
    @Requires(classes = {RuntimeException.class, ExceptionHandler.class})
    static class Unexpected implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Unexpected(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
            return respond(processor, request, e, HttpStatus.INTERNAL_SERVER_ERROR,
                    "internal error; see the server log");
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ");
    }
}
