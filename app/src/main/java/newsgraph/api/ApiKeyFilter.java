package newsgraph.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Write endpoints need the API key from configuration ({@code newsgraph.api-key}, env
 * NEWSGRAPH_API_KEY) in the {@code X-API-Key} header. With no key configured, writes are refused,
 * never open.
 */
@ServerFilter(value = {"/api/articles", "/api/articles/**"},
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";

    private final byte[] key;

    public ApiKeyFilter(@Nullable @Value("${newsgraph.api-key:}") String key) {
        this.key = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (key == null) {
            return refuse(request, HttpStatus.FORBIDDEN,
                    "writes are disabled: no API key is configured on the server (set NEWSGRAPH_API_KEY)");
        }
        String given = request.getHeaders().get(HEADER);
        // Constant-time comparison: the time taken must not reveal how much of the key matched.
        if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            return refuse(request, HttpStatus.UNAUTHORIZED, "this endpoint writes: send the API key in the "
                    + HEADER + " header" + (given == null ? "" : " (the one given is wrong)"));
        }
        return null;
    }

    private static MutableHttpResponse<Problem> refuse(HttpRequest<?> request, HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status)
                .contentType(Problem.MEDIA_TYPE)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), detail, request.getPath()));
    }
}
