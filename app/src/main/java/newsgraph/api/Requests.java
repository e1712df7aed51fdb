package newsgraph.api;

import io.micronaut.http.HttpRequest;
import java.util.Set;
import java.util.TreeSet;

/** Checks shared by the GET resources. */
final class Requests {

    private Requests() {}

    /** A query-string parameter the endpoint does not know is an error, not silently ignored. */
    static void onlyParameters(HttpRequest<?> request, Set<String> allowed) {
        var unknown = new TreeSet<>(request.getParameters().names());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown query parameter" + (unknown.size() > 1 ? "s " : " ") + unknown
                    + "; this endpoint takes " + new TreeSet<>(allowed));
        }
    }

    /** A page-size parameter: {@code given}, or {@code otherwise} when absent; outside 1..{@code max} is an error. */
    static int bounded(String name, Integer given, int otherwise, int max) {
        return within(name, given, otherwise, 1, max);
    }

    /** A number parameter: {@code given}, or {@code otherwise} when absent; outside {@code min}..{@code max} is an error. */
    static int within(String name, Integer given, int otherwise, int min, int max) {
        int n = given == null ? otherwise : given;
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }
}
