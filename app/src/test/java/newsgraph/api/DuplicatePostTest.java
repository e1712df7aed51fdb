package newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsgraph.cli.ServeCommand;
import newsgraph.testing.Http;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

/**
 * Posting an article already stored, at the same time as another post of it or later, answers
 * 200 with the stored article: never a 400 naming a Neo4j node.
 */
class DuplicatePostTest {

    private static final String KEY = "dup-test-key";

    @Test
    void concurrentAndLaterPostsOfTheSameText_answer200_andStoreItOnce() throws Exception {
        // Unique per run, so the shared store never has it already.
        String text = "本报讯 3月2日，临江市召开项目推进会，副市长林海峰出席会议并讲话（编号" + UUID.randomUUID() + "）。";
        String body = "{\"text\": \"" + text + "\", \"date\": \"2024-03-02\"}";
        int posts = 8;
        try (var server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1,
                Map.of("newsgraph.api-key", KEY, "newsgraph.extraction.threads", 4, "newsgraph.extraction.queue", posts))) {
            Http http = new Http(server.apiUrl());
            var pool = Executors.newFixedThreadPool(posts);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Response>> sent = new ArrayList<>();
            try {
                for (int i = 0; i < posts; i++) {
                    Callable<Http.Response> post = () -> {
                        go.await();
                        return http.post("/api/articles", body, "X-API-Key", KEY);
                    };
                    sent.add(pool.submit(post));
                }
                go.countDown();
                int created = 0;
                String id = null;
                for (Future<Http.Response> f : sent) {
                    Http.Response r = f.get();
                    assertTrue(r.status() == 200 || r.status() == 201, r.status() + " " + r.body());
                    assertFalse(r.body().contains("Node("), r.body());
                    created += r.status() == 201 ? 1 : 0;
                    String stored = r.json().get("stored").get(0).get("articleId").asText();
                    assertTrue(id == null || id.equals(stored), "one article id: " + id + " vs " + stored);
                    id = stored;
                }
                assertEquals(1, created, "exactly one post stores the article");

                Http.Response later = http.post("/api/articles", body, "X-API-Key", KEY);
                assertEquals(200, later.status(), later.body());
                assertFalse(later.json().get("stored").get(0).get("created").asBoolean());
                assertEquals(id, later.json().get("stored").get(0).get("articleId").asText());

                try (var session = TestNeo4j.shared().driver().session(TestNeo4j.shared().sessionConfig())) {
                    long ledger = session.run("MATCH (l:__IngestedArticle {id: $id}) RETURN count(l) AS n", Map.of("id", id))
                            .single().get("n").asLong();
                    long articles = session.run("MATCH (a:Article {id: $id}) RETURN count(a) AS n", Map.of("id", id))
                            .single().get("n").asLong();
                    assertEquals(1, ledger, "one ledger entry");
                    assertEquals(1, articles, "one article node");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
