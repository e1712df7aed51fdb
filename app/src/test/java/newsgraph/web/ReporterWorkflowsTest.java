package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.cli.ServeCommand;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.ingest.Samples;
import newsgraph.model.ArticleExtraction;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.Chromium;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reporter's fact-check chores in headless Chromium, on the demo's fictional sample articles
 * (their hand annotations, so no ../shared is needed): the start page's suggestions and latest
 * events, organizers in 主办/协办/承办 order, CSV exports of a timeline and of an attendee list, and
 * the print view.
 */
class ReporterWorkflowsTest {

    static final String UNDATED = "某区测试用未注明日期的座谈会";
    static final String UNTITLED_TEXT = "本报讯 某区日前召开测试用座谈会，研究部署下一阶段工作。会议指出，要抓好落实。";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The first link of the event page's 报道文章 card. */
    static final By REPORTING_ARTICLE = By.xpath("//section[h2='报道文章']//a[contains(@class, 'article-link')]");

    static ServeCommand.Server server;
    static ChromeDriver browser;

    @BeforeAll
    static void writeSamplesServeAndOpenBrowser() {
        browser = Chromium.start();
        TestNeo4j.clear();
        GraphStore store = TestNeo4j.shared();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        for (Samples.Sample s : Samples.bundled()) {
            for (ArticleExtraction a : s.annotation().articles()) {
                writer.write(a, new ArticleMetadata(s.file(), "newsgraph demo", null, s.publicationDate()));
            }
        }
        // An event whose article gave no date, as the writer stores it: no date property.
        try (var session = store.driver().session(store.sessionConfig())) {
            session.run("CREATE (:Event {id: 'undated-fixture', name: $name, kind: 'meeting'})", Map.of("name", UNDATED)).consume();
            // ...reported by an article printed without a headline (a newspaper page's lead story).
            session.run("""
                    MATCH (e:Event {id: 'undated-fixture'})
                    CREATE (:Article {id: 'untitled-fixture', file: 'page-07.txt', text: $text})-[:REPORTS]->(e)""",
                    Map.of("text", UNTITLED_TEXT)).consume();
        }
        // Written past GraphWriter: wait, as its writes do, until the eventually consistent name indexes show it (V011, V016).
        GraphWriter.awaitSearchable(store.driver(), store.sessionConfig());
        server = ServeCommand.Server.start(store, "127.0.0.1", -1, Map.of());
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
        Chromium.open(browser, server.apiUrl(), route, page, Duration.ofSeconds(20));
    }

    private static JsonNode api(String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(server.apiUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The CSV behind an export link, as the browser would save it. */
    private static List<String> csvLines(WebElement link) throws Exception {
        assertTrue(link.getAttribute("download").endsWith(".csv"), link.getAttribute("download"));
        // Decoded keeping the BOM, and sent as a JSON string so that WebDriver keeps the CRs.
        String text = JSON.readValue((String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer())"
                        + ".then(b => done(JSON.stringify(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b))))",
                link.getAttribute("href")), String.class);
        assertTrue(text.startsWith("\ufeff"), "a BOM, so spreadsheets read UTF-8");
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        return List.of(text.substring(1).split("\r\n"));
    }

    @Test
    void startPage_suggestsNamesThatAreInTheData_andListsUndatedEventsLast() throws Exception {
        open("", "home");
        List<WebElement> suggestions = browser.findElements(By.cssSelector("#content a[href^='#/search/']"));
        assertFalse(suggestions.isEmpty(), "the start page suggests names");
        for (WebElement s : suggestions) {
            String q = URLDecoder.decode(s.getAttribute("href").replaceAll(".*#/search/", ""), StandardCharsets.UTF_8);
            assertTrue(api("/api/search?q=" + enc(q)).path("results").size() > 0, "the suggestion " + q + " finds nothing");
        }
        List<WebElement> latest = browser.findElements(By.cssSelector("#content ul.plain li"));
        assertTrue(latest.size() > 1, "latest events");
        assertTrue(latest.getLast().getText().contains(UNDATED), "the undated event comes last: " + latest.getLast().getText());
        assertTrue(latest.getLast().getText().contains("日期不详"), latest.getLast().getText());
        assertTrue(latest.getFirst().getText().matches("\\d{4}-\\d{2}-\\d{2}.*"), "dated events first: " + latest.getFirst().getText());
    }

    @Test
    void event_listsOrganizersHostCoHostUndertaker_andExportsItsAttendees() throws Exception {
        String id = null;
        for (JsonNode e : api("/api/events?size=100").path("items")) {
            JsonNode detail = api("/api/events/" + enc(e.path("id").asText()));
            if (detail.path("organizers").size() >= 3) {
                id = e.path("id").asText();
            }
        }
        assertTrue(id != null, "the demo has an event with three organizers");
        open("event/" + enc(id), "event");

        List<String> roles = browser.findElements(By.cssSelector(".card .badge.Organization")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("主办", "协办", "承办"), roles);

        List<String> attendees = browser.findElements(By.cssSelector("li.attendee > a.person")).stream().map(WebElement::getText).toList();
        List<String> lines = csvLines(browser.findElement(By.cssSelector("a.csv")));
        assertEquals("\"姓名\",\"角色\",\"活动\",\"日期\",\"证据句\",\"文章\"", lines.getFirst());
        assertEquals(attendees.size() + 1, lines.size(), "one row per attendee: " + lines);
        List<String> names = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            names.add(line.substring(1, line.indexOf('"', 1)));
            assertTrue(line.contains(browser.findElement(By.cssSelector(".head h1")).getText()), "the event's name: " + line);
        }
        assertEquals(attendees, names);
        Chromium.screenshot(browser, "reporter-event-organizers");
    }

    @Test
    void articles_goByTheirHeadline_orTheirOpeningWords_neverTheFileName() throws Exception {
        String id = api("/api/events?size=1").path("items").get(0).path("id").asText();
        JsonNode article = api("/api/events/" + enc(id)).path("articles").get(0);
        open("event/" + enc(id), "event");
        assertEquals(article.path("title").asText(), browser.findElement(REPORTING_ARTICLE).getText());

        open("event/undated-fixture", "event");
        String untitled = browser.findElement(REPORTING_ARTICLE).getText();
        assertTrue(untitled.startsWith("本报讯 某区日前召开测试用座谈会") && !untitled.contains("page-07"), untitled);
        browser.findElement(REPORTING_ARTICLE).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='article']")));
        assertEquals(untitled, browser.findElement(By.cssSelector(".head h1")).getText());
    }

    @Test
    void person_exportsTheTimeline_andPrintsWithoutSearchOrGraph() throws Exception {
        String name = api("/api/events?size=1").path("items").get(0).path("id").asText();
        JsonNode detail = api("/api/events/" + enc(name));
        String person = detail.path("attendees").get(0).path("name").asText();
        open("person/" + enc(person), "person");

        List<String> events = browser.findElements(By.cssSelector(".timeline-item .event-title a")).stream()
                .map(WebElement::getText).toList();
        assertFalse(events.isEmpty(), person + " has a timeline");
        List<String> lines = csvLines(browser.findElement(By.cssSelector("a.csv")));
        assertTrue(lines.getFirst().startsWith("\"日期\",\"活动\","), lines.getFirst());
        assertEquals(events.size() + 1, lines.size(), "one row per event: " + lines);
        for (int i = 0; i < events.size(); i++) {
            assertTrue(lines.get(i + 1).contains("\"" + events.get(i) + "\""), "row " + (i + 1) + " is " + events.get(i));
        }

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.findElement(By.cssSelector("header.top")).isDisplayed(), "no search bar on paper");
            assertFalse(browser.findElement(By.cssSelector("a.csv")).isDisplayed(), "no export link on paper");
            assertFalse(browser.findElement(By.id("graph-section")).isDisplayed(), "no graph on paper");
            assertTrue(browser.findElement(By.cssSelector("ol.timeline")).isDisplayed(), "the timeline is printed");
            Chromium.screenshot(browser, "reporter-person-print");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
