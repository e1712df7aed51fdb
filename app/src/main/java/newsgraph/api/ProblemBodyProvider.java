package newsgraph.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Every JSON error the server sends — ours and Micronaut's own (malformed JSON, body too large,
 * unknown route, wrong method) — as application/problem+json with a message that says what is
 * wrong.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        String detail = context.getErrors().stream().map(Error::getMessage).distinct().collect(Collectors.joining("; "));
        if (detail.isBlank()) {
            detail = context.getRootCause().map(Throwable::getMessage).orElse(response.reason());
        }
        return new Problem("about:blank", response.reason(), response.code(), detail, context.getRequest().getPath());
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
