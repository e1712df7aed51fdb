package newsgraph.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JacksonExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Malformed JSON and values of the wrong type, in the caller's terms: which field or parameter,
 * what it should be, where in the body — never Jackson's Java types ({@code java.util.LinkedHashMap})
 * nor its "Source: REDACTED" notes.
 */
final class InputErrors {

    private InputErrors() {}

    /** A body or parameter Micronaut could not convert: a body that is not an object, ?page=x. */
    @Singleton
    @Produces
    @Replaces(ConversionErrorHandler.class)
    static class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Conversion(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException e) {
            return ErrorMapping.respond(processor, request, e, HttpStatus.BAD_REQUEST, message(e));
        }

        static String message(ConversionErrorException e) {
            Argument<?> argument = e.getArgument();
            Object given = e.getConversionError().getOriginalValue().orElse(null);
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class) || Map.class.isAssignableFrom(argument.getType())) {
                // Jackson's words here mislead (an array is read element by element: "from Integer value").
                return "the body must be a JSON object: {\"name\": value, …}";
            }
            return "parameter '" + argument.getName() + "' must be " + kind(argument.getType())
                    + (given == null ? "" : ", got '" + given + "'");
        }

        private static String kind(Class<?> type) {
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return "an integer";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return "a number";
            }
            if (type == Boolean.class) {
                return "true or false";
            }
            return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Malformed JSON as Jackson reports it while Micronaut reads the body. */
    @Singleton
    @Produces
    @Replaces(JacksonExceptionHandler.class)
    static class Jackson implements ExceptionHandler<JsonProcessingException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Jackson(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonProcessingException e) {
            return ErrorMapping.respond(processor, request, e, HttpStatus.BAD_REQUEST, malformed(e));
        }
    }

    /** The same, wrapped by Micronaut's JSON layer. */
    @Singleton
    @Produces
    @Replaces(JsonExceptionHandler.class)
    static class Syntax implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        Syntax(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException e) {
            String message = e.getCause() instanceof JsonProcessingException j ? malformed(j)
                    : "malformed JSON: " + clean(e.getMessage());
            return ErrorMapping.respond(processor, request, e, HttpStatus.BAD_REQUEST, message);
        }
    }

    static String malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "malformed JSON" + where + ": " + clean(e.getOriginalMessage());
    }

    /** Jackson's message without its notes on sources and Java types. */
    static String clean(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "")
                .replaceAll("\\s*at \\[Source:.*", "")
                .replaceAll("`[a-z]+(\\.[a-zA-Z0-9_$]+)+(<[^`]*>)?`", "the value")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
