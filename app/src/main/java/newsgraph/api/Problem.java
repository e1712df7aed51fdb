package newsgraph.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error body as RFC 9457 application/problem+json: {@code title} is the HTTP reason,
 * {@code detail} says what is wrong in words meant for the caller, {@code instance} the path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
