package newsgraph.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import java.util.Set;

/**
 * Every text response says it is UTF-8. Without a charset a browser decodes {@code text/html} and
 * {@code text/plain} as Windows-1252 and Chinese turns to mojibake; Micronaut's content negotiation
 * and its static-resource handler both send bare types.
 */
@ServerFilter("/**")
public class TextCharsetFilter {

    private static final Set<String> TEXTUAL = Set.of("application/javascript", "text/javascript", "application/yaml",
            "application/x-yaml");

    @ResponseFilter
    public void addCharset(MutableHttpResponse<?> response) {
        // A file from the jar (the reporter page, Swagger UI) gets its type only when written: take it from the file.
        MediaType type = response.getContentType().orElseGet(() ->
                response.getBody().orElse(null) instanceof FileCustomizableResponseType file ? file.getMediaType() : null);
        if (type != null && type.getCharset().isEmpty() && needsCharset(type)) {
            response.contentType(MediaType.of(type.getName() + ";charset=utf-8"));
        }
    }

    static boolean needsCharset(MediaType type) {
        return type.getType().equals("text") || TEXTUAL.contains(type.getName());
    }
}
