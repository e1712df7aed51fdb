package newsgraph.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Maps the exceptions our services raise to HTTP statuses, rendered by {@link ProblemBodyProvider}. */
final class ErrorMapping {

    private ErrorMapping() {}

    static HttpResponse<?> respond(ErrorResponseProcessor<?> processor, HttpRequest<?> request, Throwable e,
            HttpStatus status, String message) {
        return processor.processResponse(ErrorContext.builder(request).cause(e).errorMessage(message).build(),
                HttpResponse.status(status));
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

    /** Neo4j down or unreachable: 503, so clients retry later; a read-only breach: 403. */
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
            if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
                return respond(processor, request, e, HttpStatus.SERVICE_UNAVAILABLE,
                        "Neo4j is unavailable: " + e.getMessage());
            }
            String code = e.code() == null ? "" : e.code();
            if (code.contains("AccessMode") || code.contains("ForbiddenDueToTransactionType")) {
                return respond(processor, request, e, HttpStatus.FORBIDDEN, "saved queries are read-only: " + e.getMessage());
            }
            if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
                return respond(processor, request, e, HttpStatus.GATEWAY_TIMEOUT, "the query took too long: " + e.getMessage());
            }
            if (e instanceof ClientException) {
                return respond(processor, request, e, HttpStatus.BAD_REQUEST, e.getMessage());
            }
            return respond(processor, request, e, HttpStatus.INTERNAL_SERVER_ERROR, "Neo4j error: " + e.getMessage());
        }
    }
}
