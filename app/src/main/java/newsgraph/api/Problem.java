package newsgraph.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An error body as RFC 9457 application/problem+json: {@code title} is the HTTP reason,
 * {@code detail} says what is wrong in words meant for the caller, {@code instance} the path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An error (RFC 9457 application/problem+json): detail says what is wrong.")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(description = "The HTTP reason.", example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What is wrong, for the caller.", example = "missing \"text\": the article's text is required") String detail,
        @Schema(description = "The request path.", example = "/api/extract", nullable = true) String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
