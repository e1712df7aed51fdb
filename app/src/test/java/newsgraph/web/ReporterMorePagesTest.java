package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import newsgraph.bench.CorpusGenerator;
import newsgraph.cli.ServeCommand;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.testing.Chromium;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reporter page lists a first page (issue 12: the newest 20 articles, a title's first 20 holders)
 * and 显示更多 lists 50 more, in headless Chromium against a real server and Neo4j holding a generated
 * corpus (fictional names) written through the real writer.
 */
class ReporterMorePagesTest {

    private static final int ARTICLES = 240;

    static ServeCommand.Server server;
    static ChromeDriver browser;

    @BeforeAll
    static void writeServeAndOpenBrowser() {
        browser = Chromium.start();
        TestNeo4j.clear();
        GraphWriter writer = new GraphWriter(TestNeo4j.shared().driver(), TestNeo4j.shared().sessionConfig());
        CorpusGenerator generator = new CorpusGenerator(7);
        for (int i = 0; i < ARTICLES; i++) {
            writer.write(generator.article(i), ArticleMetadata.ofFile("generated-" + i + ".txt"));
        }
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, Map.of());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void open(String route, String page) {
        Chromium.open(browser, server.apiUrl(), route, page, Duration.ofSeconds(30));
    }

    private static long count(String css) {
        return ((Number) browser.executeScript("return document.querySelectorAll(arguments[0]).length", css)).longValue();
    }

    /** Clicks 显示更多 and waits until {@code css} matches {@code expected} elements. */
    private static void more(String css, long expected) {
        browser.findElement(By.cssSelector("button.more")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> count(css) == expected);
    }

    @Test
    void articles_listTheNewest20_andShowMoreLists50More() {
        open("articles", "articles");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> count("li.article-row") > 0);
        assertEquals(20, count("li.article-row"), "the first page");
        assertTrue(browser.findElement(By.id("article-list")).getText().contains("图谱中共有 " + ARTICLES + " 篇文章"));
        more("li.article-row", 70);
        assertEquals(1, count("button.more"), ARTICLES + " articles: still more");
    }

    @Test
    void aTitlesHolders_listTheFirst20_andShowMoreListsTheRest() {
        // 区长: every district's head, one a year (CorpusGenerator), held by more than 20 and fewer than 70.
        long holders;
        try (var session = TestNeo4j.shared().driver().session(TestNeo4j.shared().sessionConfig())) {
            holders = session.run("MATCH (p:Person)-[:TENURE]->(t:Position) WHERE t.title ENDS WITH '区长' RETURN count(*) AS n")
                    .single().get("n").asLong();
        }
        assertTrue(holders > 20 && holders <= 70, "the corpus's district heads: " + holders);
        open("position/" + URLEncoder.encode("区长", StandardCharsets.UTF_8), "position");
        assertEquals(20, count("section.card table tbody tr"), "the first page");
        Chromium.screenshot(browser, "reporter-position-more");
        more("section.card table tbody tr", holders);
        assertEquals(0, count("button.more"), "all listed: no more");
    }
}
