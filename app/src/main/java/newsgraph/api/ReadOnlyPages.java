package newsgraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import java.util.Set;

/**
 * The files the server serves (the reporter page, Swagger UI, WebJars) can only be read: any other
 * method is 405 with Allow, as the API's routes answer. Micronaut's static resources would
 * otherwise serve the page to PUT, DELETE, PATCH and POST alike.
 */
@ServerFilter("/**")
public class ReadOnlyPages {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (READS.contains(request.getMethod()) || RouteAttributes.getRouteMatch(request).isPresent()
                || request.getPath().startsWith("/api/")) {
            return null; // a route of ours: Micronaut answers 405 with that route's methods
        }
        if (request.getMethod() == HttpMethod.OPTIONS) {
            if (request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)) {
                return null; // a CORS preflight: the CORS filter's to answer
            }
            return HttpResponse.noContent().header(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
        }
        HttpStatus status = HttpStatus.METHOD_NOT_ALLOWED;
        return HttpResponse.status(status)
                .header(HttpHeaders.ALLOW, "GET, HEAD")
                .contentType(Problem.MEDIA_TYPE)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), "method " + request.getMethodName()
                        + " is not allowed on " + request.getPath() + ": pages and files can only be read (GET, HEAD)",
                        request.getPath()));
    }
}
