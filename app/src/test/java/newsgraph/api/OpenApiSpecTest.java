package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The spec the build generates (and the server serves) says what a client generator and Swagger
 * UI need: every operation tagged by resource, typed, with its problem+json errors; the write
 * endpoint keyed and answering 201 with Location; the request body a schema with a usable example.
 */
class OpenApiSpecTest {

    static Map<String, Object> spec;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = OpenApiSpecTest.class.getResourceAsStream("/META-INF/swagger/newsgraph.yml")) {
            assertNotNull(in, "the build writes META-INF/swagger/newsgraph.yml");
            spec = new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String... path) {
        Object at = o;
        for (String p : path) {
            at = ((Map<String, Object>) at).get(p);
            assertNotNull(at, "no " + String.join(".", path) + " (at " + p + ")");
        }
        return (Map<String, Object>) at;
    }

    /** Every operation as "METHOD path" → its object. */
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> ops = new java.util.TreeMap<>();
        map(spec, "paths").forEach((path, item) -> map(item).forEach((method, op) -> ops.put(method + " " + path, map(op))));
        return ops;
    }

    @Test
    void everyOperation_hasOneResourceTag_andAnId() {
        Set<String> declared = new TreeSet<>();
        ((List<?>) spec.get("tags")).forEach(t -> declared.add((String) map(t).get("name")));
        assertEquals(new TreeSet<>(List.of("articles", "events", "people", "organizations", "parks", "search", "evidence",
                "queries", "extraction", "health")), declared);
        Set<String> used = new TreeSet<>();
        operations().forEach((name, op) -> {
            List<?> tags = (List<?>) op.get("tags");
            assertTrue(tags != null && tags.size() == 1 && declared.contains((String) tags.getFirst()), name + " tags " + tags);
            used.add((String) tags.getFirst());
            assertNotNull(op.get("operationId"), name);
        });
        assertEquals(declared, used, "every tag has operations");
    }

    @Test
    void everyApiResponse_isTyped_andErrorsAreProblemJson() {
        List<String> untyped = new ArrayList<>();
        operations().forEach((name, op) -> {
            Map<String, Object> responses = map(op, "responses");
            responses.forEach((code, response) -> {
                Map<String, Object> content = map(response).containsKey("content") ? map(response, "content") : Map.of();
                if (code.startsWith("2")) {
                    assertFalse(content.isEmpty(), name + " " + code + " has a body");
                    content.values().forEach(media -> {
                        Map<String, Object> schema = map(media, "schema");
                        Map<String, Object> items = schema.containsKey("items") ? map(schema, "items") : schema;
                        if (!items.containsKey("$ref")) {
                            untyped.add(name + " " + code + " " + schema);
                        }
                    });
                } else {
                    assertEquals(Set.of(name.contains("/health") ? "application/json" : Problem.MEDIA_TYPE), content.keySet(),
                            name + " " + code);
                }
            });
            if (name.contains(" /api/")) {
                assertTrue(responses.containsKey("400") && responses.containsKey("503"), name + " declares 400 and 503");
            }
        });
        assertEquals(List.of(), untyped, "responses that are maps or bare types instead of a named schema");
    }

    @Test
    void storingAnArticle_needsTheKey_andAnswers201WithLocation_or200() {
        Map<String, Object> post = map(spec, "paths", "/api/articles", "post");
        assertEquals(List.of(Map.of("apiKey", List.of())), post.get("security"));
        Map<String, Object> scheme = map(spec, "components", "securitySchemes", "apiKey");
        assertEquals(Map.of("type", "apiKey", "in", "header", "name", "X-API-Key"),
                Map.of("type", scheme.get("type"), "in", scheme.get("in"), "name", scheme.get("name")));
        assertTrue(map(post, "responses", "201", "headers").containsKey("Location"));
        assertTrue(map(post, "responses").keySet().containsAll(Set.of("200", "401", "403", "413")));
        // The operations ApiKeyFilter guards (writes under /api/articles) declare the key; no other does.
        for (Map.Entry<String, Map<String, Object>> op : operations().entrySet()) {
            String[] methodPath = op.getKey().split(" ", 2);
            boolean write = Set.of("post", "put", "patch", "delete").contains(methodPath[0])
                    && (methodPath[1].equals("/api/articles") || methodPath[1].startsWith("/api/articles/"));
            assertEquals(write, op.getValue().containsKey("security"), op.getKey() + (write ? " needs the key" : " needs no key"));
        }
    }

    @Test
    void requestBodies_areSchemas_whoseExamplesAreAValidArticle() {
        for (String path : List.of("/api/extract", "/api/articles")) {
            Map<String, Object> schema = map(spec, "paths", path, "post", "requestBody", "content", "application/json", "schema");
            assertEquals("#/components/schemas/ArticleRequest", schema.get("$ref"), path);
        }
        Map<String, Object> article = map(spec, "components", "schemas", "ArticleRequest");
        assertEquals(List.of("text"), article.get("required"));
        assertEquals(false, article.get("additionalProperties"), "Try it out must not offer additionalProp1");
        String text = (String) map(article, "properties", "text").get("example");
        assertTrue(text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the example text is Chinese news: " + text);
    }

    @Test
    void parameters_areDescribed_andKindIsAnEnum() {
        operations().forEach((name, op) -> {
            for (Object p : (List<?>) op.getOrDefault("parameters", List.of())) {
                assertNotNull(map(p).get("description"), name + " parameter " + map(p).get("name"));
            }
        });
        Map<String, Object> kind = ((List<?>) map(spec, "paths", "/api/events", "get").get("parameters")).stream()
                .map(OpenApiSpecTest::map).filter(p -> "kind".equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals(List.copyOf(EventController.KINDS), map(kind, "schema").get("enum"));
    }

    @Test
    void evidence_hasOneShape() {
        Map<String, Object> evidence = map(spec, "components", "schemas", "Evidence", "properties");
        assertEquals(List.of("sentence", "start", "end", "articleId", "articleTitle", "href"), List.copyOf(evidence.keySet()));
    }
}
