package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsgraph.cli.ServeCommand;
import newsgraph.testing.Chromium;
import newsgraph.testing.Http;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reporter adds articles from the page (paste, date, source; the keyed write), sees them listed,
 * reads an event with each attendee's title at the time and each evidence sentence once, narrows a
 * timeline and the event list to a date range, and removes an article again — in headless Chromium
 * against a real server and Neo4j. The articles are fictional, written for this test.
 */
class ReporterArticlesTest {

    static final String KEY = "page-test-key";

    /** 2023: 方正 is 市长; two attendees named in one sentence. */
    static final String SIGNING_2023 = """
            临江市北湖智能装备产业园项目签约仪式举行
            本报讯（记者 周明）3月5日，临江市北湖智能装备产业园项目签约仪式在北湖宾馆举行。临江市委副书记、市长方正，临江市副市长李岚出席签约仪式。方正在致辞中表示，要做好项目服务。""";

    /** 2024: 方正 is 市委书记 by now. */
    static final String MEETING_2024 = """
            临江市召开优化营商环境大会
            本报讯（记者 周明）4月9日，临江市优化营商环境大会召开。临江市委书记方正出席会议并讲话。副市长李岚主持会议。""";

    static ServeCommand.Server server;
    static ChromeDriver browser;
    static Http http;

    @BeforeAll
    static void serveAndOpenBrowser() {
        TestNeo4j.clear();
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, Map.of("newsgraph.api-key", KEY));
        http = new Http(server.apiUrl());
        browser = Chromium.start();
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
        browser.get(server.apiUrl() + "/#/" + route);
        waitReady(page);
    }

    private static void waitReady(String page) {
        Chromium.awaitReady(browser, page, Duration.ofSeconds(30));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Pastes an article into the page's form and waits for the answer line. */
    private static String add(String text, String date, String source) {
        return add(text, date, source, "");
    }

    private static String add(String text, String date, String source, String title) {
        open("articles", "articles");
        WebElement key = browser.findElement(By.id("api-key"));
        key.clear();
        key.sendKeys(KEY);
        WebElement form = browser.findElement(By.id("add-article"));
        browser.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("text")), text); // sendKeys is slow for CJK
        browser.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("date")), date);
        form.findElement(By.name("title")).clear();
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("source")).clear();
        form.findElement(By.name("source")).sendKeys(source);
        browser.findElement(By.id("api-key")).sendKeys("\t"); // 'change' stores the key for this tab
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement result = form.findElement(By.className("add-result"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !result.getText().isBlank() && !result.getText().startsWith("正在"));
        return result.getText();
    }

    private static List<String> listedIds() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#article-list p")).isEmpty());
        // Read in one script: the list is redrawn after a removal, and elements found before it go stale.
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('li.article-row')].map(li => li.dataset.id)");
        return ids;
    }

    private static JsonNode eventOf(String name) {
        for (JsonNode e : http.get("/api/events?size=100").json().path("items")) {
            if (e.path("name").asText().contains(name)) {
                return http.get("/api/events/" + enc(e.path("id").asText())).json();
            }
        }
        throw new AssertionError("no event named like " + name + " in " + http.get("/api/events?size=100").body());
    }

    @Test
    void addListReadNarrowAndRemove() {
        String first = add(SIGNING_2023, "2023-03-05", "临江日报");
        assertTrue(first.startsWith("已写入 1 篇"), first);
        assertTrue(add(SIGNING_2023, "2023-03-05", "临江日报").contains("已在图谱中"), "a second paste stores nothing");
        assertTrue(add(MEETING_2024, "2024-04-09", "临江日报", "营商环境大会召开").startsWith("已写入 1 篇"));

        List<String> ids = listedIds();
        assertEquals(2, ids.size(), "both articles are listed: " + ids);
        String listed0 = browser.findElements(By.cssSelector("li.article-row a.article-link")).getFirst().getText();
        assertEquals("营商环境大会召开", listed0, "listed by headline, newest first");
        assertTrue(browser.findElement(By.id("article-list")).getText().indexOf("营商环境")
                < browser.findElement(By.id("article-list")).getText().indexOf("签约仪式"), "newest first");

        // The event page: 方正 with the title the 2023 article gives him (not his 2024 one), and the
        // sentence naming both attendees quoted once.
        JsonNode signing = eventOf("签约仪式");
        open("event/" + enc(signing.path("id").asText()), "event");
        String attendees = browser.findElement(By.cssSelector("ul.attendees")).getText();
        assertTrue(attendees.contains("方正") && attendees.contains("市长"), attendees);
        assertFalse(attendees.contains("市委书记"), "the title at the time, not the latest: " + attendees);
        List<WebElement> quotes = browser.findElements(By.cssSelector("ul.sentences blockquote.evidence"));
        List<String> sentences = quotes.stream().map(WebElement::getText).toList();
        assertEquals(sentences.stream().distinct().count(), sentences.size(), "each sentence once: " + sentences);
        assertTrue(browser.findElements(By.cssSelector("ul.sentences li.sentence")).stream()
                .anyMatch(li -> li.getText().contains("句中人物：方正、李岚") || li.getText().contains("句中人物：李岚、方正")),
                "one sentence with both its people");
        Chromium.screenshot(browser, "reporter-event-sentences");

        // A date range: 方正's 2024 events only, on his timeline and in the event list.
        open("person/" + enc("方正") + "?from=2024-01-01&to=2024-12-31", "person");
        List<String> dates = browser.findElements(By.cssSelector(".timeline-item .when")).stream().map(WebElement::getText).toList();
        assertFalse(dates.isEmpty(), "a 2024 event");
        assertTrue(dates.stream().allMatch(d -> d.startsWith("2024-")), dates.toString());
        open("events?from=2023-01-01&to=2023-12-31", "events");
        List<String> listed = browser.findElements(By.cssSelector("ul.event-list li .date")).stream().map(WebElement::getText).toList();
        assertFalse(listed.isEmpty());
        assertTrue(listed.stream().allMatch(d -> d.startsWith("2023-")), listed.toString());
        // The form writes the range into the address.
        browser.executeScript("document.querySelector('form.range .range-from').value = '2024-01-01';"
                + "document.querySelector('form.range .range-to').value = '';");
        browser.findElement(By.cssSelector("form.range button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((String) browser.executeScript("return location.hash"))
                .equals("#/events?from=2024-01-01"));
        waitReady("events");
        listed = browser.findElements(By.cssSelector("ul.event-list li .date")).stream().map(WebElement::getText).toList();
        assertTrue(!listed.isEmpty() && listed.stream().allMatch(d -> d.startsWith("2024-")), listed.toString());
        Chromium.screenshot(browser, "reporter-events-range");

        // Remove the 2023 article: its signing goes (only it reported it); 方正 stays (2024 names him).
        open("articles", "articles");
        String signingArticle = signing.path("articles").get(0).path("id").asText();
        browser.findElement(By.cssSelector("li.article-row[data-id='" + signingArticle + "'] button.remove")).click();
        browser.switchTo().alert().accept();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !listedIds().contains(signingArticle));
        assertEquals(1, listedIds().size());
        Chromium.screenshot(browser, "reporter-articles");
        assertEquals(404, http.get("/api/articles/" + signingArticle).status());
        assertEquals(404, http.get("/api/events/" + enc(signing.path("id").asText())).status(), "the event only it reported");
        assertEquals(200, http.get("/api/people/" + enc("方正")).status(), "a person another article names stays");
    }

    @Test
    void removing_needsTheKey_andAWellFormedId() {
        String unknown = "/api/articles/0123456789abcdef0123456789abcdef";
        assertEquals(401, http.send("DELETE", unknown, null).status(), "no key");
        assertEquals(401, http.send("DELETE", unknown, null, "X-API-Key", "wrong").status(), "a wrong key");
        Http.Response malformed = http.send("DELETE", "/api/articles/not-an-id", null, "X-API-Key", KEY);
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.body().contains("32 lowercase hex digits"), malformed.body());
        assertEquals(404, http.send("DELETE", unknown, null, "X-API-Key", KEY).status());
    }
}
