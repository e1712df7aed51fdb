package newsgraph.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import newsgraph.browser.BrowserGuide;
import newsgraph.browser.Favorites;
import newsgraph.browser.GuideExamples;
import newsgraph.neo4j.GraphStore;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryRunner;

/**
 * What Neo4j Browser loads from the app: the style (graph-schema/newsgraph.grass), the guide
 * generated from the saved queries with examples found in the store, and the saved queries as a
 * favorites zip. Browser runs on another origin (the Neo4j HTTP port); CORS for it (GET only, its
 * origin only) is configured in application.yml. Text goes out as UTF-8 and says so whatever the
 * client's Accept header: content negotiation would otherwise send a bare {@code text/html}, which
 * a browser reads as Latin-1 (mojibake).
 */
@Hidden
@Controller("/browser-kit")
public class BrowserKitController {

    static final String GRASS = "graph-schema/newsgraph.grass";

    static final MediaType PLAIN_UTF8 = MediaType.of(MediaType.TEXT_PLAIN + ";charset=utf-8");
    static final MediaType HTML_UTF8 = MediaType.of(MediaType.TEXT_HTML + ";charset=utf-8");

    private final QueryCatalogue catalogue;
    private final GuideExamples examples;
    private final String grass;

    public BrowserKitController(QueryCatalogue catalogue, GraphStore store, QueryRunner runner, QuerySettings settings) {
        this.catalogue = catalogue;
        this.examples = new GuideExamples(store.driver(), store.sessionConfig(), runner, settings.timeout());
        this.grass = resource(GRASS);
    }

    @Get("/newsgraph.grass")
    @Produces(MediaType.TEXT_PLAIN)
    public HttpResponse<String> grass() {
        return HttpResponse.ok(grass).contentType(PLAIN_UTF8);
    }

    @Get("/guide.html")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> guide(HttpRequest<?> request) {
        return HttpResponse.ok(BrowserGuide.html(catalogue, appUrl(request), examples.find(catalogue))).contentType(HTML_UTF8);
    }

    @Get("/newsgraph-favorites.zip")
    public HttpResponse<byte[]> favorites() {
        return HttpResponse.ok(Favorites.zip(catalogue, examples.find(catalogue)))
                .contentType(MediaType.of("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"newsgraph-favorites.zip\"");
    }

    /** The app as the client reached it: the guide's links then work from wherever Browser runs. */
    private static String appUrl(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            host = "127.0.0.1:8080";
        }
        return "http://" + host;
    }

    private static String resource(String path) {
        try (InputStream in = BrowserKitController.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
