package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import newsgraph.cli.ServeCommand;
import newsgraph.testing.Chromium;
import newsgraph.testing.NeedsShared;
import newsgraph.testing.SamplePages;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reporter page in headless Chromium against the real server with the five sample pages
 * ingested: what a reporter does — search, open a person, read the evidence, open the event.
 */
@NeedsShared
class ReporterPageTest {

    static final String PERSON = "王清源";
    static final String EVENT = "董家口经济区港产城总体发展规划专题会议";

    static ServeCommand.Server server;
    static ChromeDriver browser;

    @BeforeAll
    static void ingestServeAndOpenBrowser() {
        browser = Chromium.start(); // first: a missing Chromium fails fast, before the ingest
        TestNeo4j.clear();
        SamplePages.ingest(TestNeo4j.shared());
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

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** Waits until the page has finished rendering the route {@code page} (body[data-ready]). */
    private static void awaitPage(String page) {
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='" + page + "']")));
        String status = browser.findElement(By.id("status")).getText();
        assertEquals("", status, "the page reported a problem");
    }

    private static Set<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void reporter_searchesAPerson_readsTheEvidence_andOpensTheEventWithItsAttendees() {
        browser.get(server.apiUrl() + "/");
        awaitPage("home");

        // Search in Chinese.
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(PERSON, Keys.ENTER);
        awaitPage("search");
        WebElement hit = browser.findElements(By.cssSelector("a.result-name")).stream()
                .filter(a -> a.getText().equals(PERSON)).findFirst()
                .orElseThrow(() -> new AssertionError("no search result " + PERSON + ": "
                        + browser.findElement(By.id("content")).getText()));
        hit.click();

        // The person: titles, then the timeline with the event and its evidence sentence.
        awaitPage("person");
        assertTrue(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8).endsWith("#/person/" + PERSON),
                "the person is in the URL, to share: " + browser.getCurrentUrl());
        assertEquals(PERSON, browser.findElement(By.cssSelector(".head h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("table.titles tbody tr")).isEmpty(), "titles over time");
        WebElement item = browser.findElements(By.cssSelector(".timeline-item")).stream()
                .filter(li -> li.findElement(By.cssSelector(".event-title a")).getText().equals(EVENT)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + EVENT + " in the timeline: "
                        + texts(browser.findElements(By.cssSelector(".event-title a")))));
        WebElement evidence = item.findElement(By.cssSelector("blockquote.evidence"));
        assertTrue(evidence.getText().contains(PERSON) && evidence.getText().contains("出席"), evidence.getText());
        assertTrue(evidence.findElement(By.cssSelector("a.article-link")).getAttribute("href").contains("#/article/"),
                "the evidence links to its article");
        assertTrue(texts(item.findElements(By.cssSelector(".with a"))).containsAll(Set.of("孙永红", "李红兵")),
                "co-attendees: " + item.getText());
        waitUpTo(10).until(d -> ((Number) browser.executeScript("return cy ? cy.nodes().length : 0")).intValue() > 3);
        Chromium.screenshot(browser, "reporter-person");

        // The event: its three attendees, by role and with evidence.
        item.findElement(By.cssSelector(".event-title a")).click();
        awaitPage("event");
        assertEquals(EVENT, browser.findElement(By.cssSelector(".head h1")).getText());
        assertEquals(Set.of("孙永红", "李红兵", PERSON), texts(browser.findElements(By.cssSelector("li.attendee > a.person"))));
        // Each evidence sentence once, with the attendees it names: together they name all three.
        List<String> quoted = texts(browser.findElements(By.cssSelector("li.sentence blockquote.evidence"))).stream().toList();
        assertFalse(quoted.isEmpty(), "evidence sentences");
        assertEquals(Set.of("孙永红", "李红兵", PERSON), texts(browser.findElements(By.cssSelector("li.sentence .named a.person"))));
        assertFalse(browser.findElements(By.cssSelector("a.article-link")).isEmpty(), "the reporting article");
        Chromium.screenshot(browser, "reporter-event");

        // The article, with the evidence sentence marked.
        browser.findElement(By.cssSelector("li.sentence a.article-link")).click();
        awaitPage("article");
        String marked = browser.findElement(By.cssSelector("mark#evidence")).getText();
        assertTrue(marked.contains(PERSON), marked);
        Chromium.screenshot(browser, "reporter-article");
    }

    @Test
    void sharedLink_opensTheEntityDirectly_forOrganizationsAndParks() {
        browser.get(server.apiUrl() + "/#/org/" + java.net.URLEncoder.encode("西海岸新区工委", StandardCharsets.UTF_8));
        awaitPage("org");
        assertEquals("西海岸新区工委", browser.findElement(By.cssSelector(".head h1")).getText());
        assertTrue(browser.findElement(By.id("content")).getText().contains("孙永红"), "a holder of one of its posts");

        browser.get(server.apiUrl() + "/#/search/" + java.net.URLEncoder.encode("园", StandardCharsets.UTF_8));
        awaitPage("search");
        WebElement park = browser.findElements(By.cssSelector("li.result")).stream()
                .filter(li -> li.findElement(By.cssSelector(".badge")).getText().equals("园区")).findFirst()
                .orElseThrow(() -> new AssertionError("no park found for 园"));
        park.findElement(By.cssSelector("a.result-name")).click();
        awaitPage("park");
        assertTrue(browser.findElement(By.id("content")).getText().contains("项目"), browser.findElement(By.id("content")).getText());
    }
}
