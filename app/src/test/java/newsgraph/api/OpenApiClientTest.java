package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import newsgraph.cli.ServeCommand;
import newsgraph.testing.DemoData;
import newsgraph.testing.Http;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * What a developer does with the spec: a Java client generated from the spec the server serves
 * (openapi-generator, "java" with the JDK's HTTP client), compiled, and called against the real
 * server on the demo's fictional articles — search, a person, an article, and a keyed write. The
 * generated classes are typed (SearchResults, PersonDetail, Evidence...), so a response that does
 * not fit its declared schema fails here.
 */
class OpenApiClientTest {

    private static final String KEY = "client-test-key";

    static ServeCommand.Server server;
    static Path work;
    static ClassLoader client;

    @BeforeAll
    static void serveAndGenerate() throws Exception {
        TestNeo4j.clear();
        DemoData.ingest(TestNeo4j.shared());
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, Map.of("newsgraph.api-key", KEY));
        work = TestNeo4j.tempDir("openapi-client");

        Http.Response spec = new Http(server.apiUrl()).get("/swagger/newsgraph.yml");
        assertEquals(200, spec.status(), spec.body());
        Path specFile = work.resolve("newsgraph.yml");
        Files.writeString(specFile, spec.body());

        Path out = work.resolve("client");
        CodegenConfigurator config = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(specFile.toString())
                .setOutputDir(out.toString())
                .setApiPackage("gen.api")
                .setModelPackage("gen.model")
                .setInvokerPackage("gen")
                .setValidateSpec(true)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addAdditionalProperty("dateLibrary", "java8");
        ClientOptInput input = config.toClientOptInput();
        DefaultGenerator generator = new DefaultGenerator();
        // Sources only: no docs, tests or build files.
        generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
        generator.opts(input).generate();

        Path sources = out.resolve("src/main/java");
        Path classes = Files.createDirectories(work.resolve("classes"));
        compile(sources, classes);
        client = new URLClassLoader(new URL[] {classes.toUri().toURL()}, OpenApiClientTest.class.getClassLoader());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The generated sources, compiled against the test class path (Jackson, Jakarta annotations). */
    private static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(files.isEmpty(), "the generator wrote no sources");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javac.getTask(null, fm, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", classPath, "-proc:none", "-nowarn", "-encoding", "UTF-8"),
                    null, fm.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(ok, "the generated client does not compile: " + diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).limit(5).toList());
        }
    }

    // ---- calling the generated client by reflection (its classes exist only at test time) ----

    private static Object apiClient(Consumer<Object> configure) throws Exception {
        Object apiClient = client.loadClass("gen.ApiClient").getConstructor().newInstance();
        call(apiClient, "updateBaseUri", server.apiUrl());
        configure.accept(apiClient);
        return apiClient;
    }

    private static Object api(String name, Object apiClient) throws Exception {
        return client.loadClass("gen.api." + name).getConstructor(client.loadClass("gen.ApiClient")).newInstance(apiClient);
    }

    /** Calls the public method of that name and arity. */
    private static Object call(Object target, String method, Object... args) throws Exception {
        Method m = Arrays.stream(target.getClass().getMethods())
                .filter(x -> x.getName().equals(method) && x.getParameterCount() == args.length)
                .findFirst().orElseThrow(() -> new AssertionError("no method " + method + " on " + target.getClass()));
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    private static Object get(Object bean, String property) throws Exception {
        return call(bean, "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
    }

    @Test
    void searchThenPersonThenArticle_throughTheGeneratedClient_agreeOnIdsAndEvidenceOffsets() throws Exception {
        Object apiClient = apiClient(c -> {});

        Object found = call(api("SearchApi", apiClient), "search", "林海峰", 10);
        assertTrue(((Number) get(found, "total")).longValue() >= 1, String.valueOf(found));
        Object hit = ((List<?>) get(found, "results")).getFirst();
        assertEquals("person", get(hit, "type").toString(), String.valueOf(hit));
        String key = (String) get(hit, "id");
        assertTrue(key.startsWith("林海峰"), key);

        Object person = call(api("PeopleApi", apiClient), "getPerson", key);
        assertEquals(key, get(person, "key"));
        List<?> events = (List<?>) get(person, "events");
        assertFalse(events.isEmpty(), "the demo's 林海峰 attends events: " + person);
        Object event = events.getFirst();
        assertNotNull(get(event, "id"));
        assertNotNull(get(event, "name"));
        Object evidence = ((List<?>) get(event, "evidence")).getFirst();
        String articleId = (String) get(evidence, "articleId");
        assertEquals("/api/articles/" + articleId, get(evidence, "href"));

        Object article = call(api("ArticlesApi", apiClient), "getArticle", articleId);
        String text = (String) get(article, "text");
        int start = (Integer) get(evidence, "start");
        int end = (Integer) get(evidence, "end");
        assertEquals(get(evidence, "sentence"), text.substring(start, end), "evidence offsets point into the article's text");
        assertEquals(get(article, "title"), get(evidence, "articleTitle"));
    }

    @Test
    void keyedWrite_throughTheGeneratedClient_answers201WithLocation() throws Exception {
        Object keyed = apiClient(c -> {
            try {
                Consumer<java.net.http.HttpRequest.Builder> addKey = b -> b.header(ApiKeyFilter.HEADER, KEY);
                call(c, "setRequestInterceptor", addKey);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Object request = client.loadClass("gen.model.ArticleRequest").getConstructor().newInstance();
        call(request, "setText", "本报讯 5月6日，临江市青河区召开客户端测试推进会议（编号" + System.nanoTime()
                + "）。青河区区长周远山出席会议并讲话。");
        call(request, "setDate", java.time.LocalDate.of(2024, 5, 6));

        Object response = call(api("ArticlesApi", keyed), "storeArticleWithHttpInfo", request);
        assertEquals(201, call(response, "getStatusCode"));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> headers = (Map<String, List<String>>) call(response, "getHeaders");
        Object stored = call(response, "getData");
        Object first = ((List<?>) get(stored, "stored")).getFirst();
        assertEquals(List.of("/api/articles/" + get(first, "articleId")), headers.get("location"));

        // Without the key the generated client gets the declared 401 problem, not a parse error.
        Object anonymous = apiClient(c -> {});
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> call(api("ArticlesApi", anonymous), "storeArticle", request));
        assertEquals(401, call(refused, "getCode"), refused.toString());
    }
}
