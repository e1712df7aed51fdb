package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsgraph.cli.ServeCommand;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.Chromium;
import newsgraph.testing.NeedsShared;
import newsgraph.testing.SamplePages;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Neo4j Browser from the embedded server, in headless Chromium: on connecting it applies the
 * newsgraph style and opens the newsgraph guide, both fetched from the app (post-connect commands,
 * remote-content allowlist, CORS); a guide example runs and the graph is drawn in our colours.
 */
@NeedsShared
class NeoBrowserKitTest {

    static GraphStore store;
    static ServeCommand.Server server;
    static ChromeDriver browser;
    static int httpPort;

    @BeforeAll
    static void start() {
        browser = Chromium.start();
        int apiPort = TestNeo4j.freePort();
        var settings = TestNeo4j.settings(TestNeo4j.tempDir("newsgraph-browser-"), true)
                .withBrowserKit("http://127.0.0.1:" + apiPort);
        httpPort = settings.httpPort();
        store = GraphStore.embedded(settings).migrate();
        SamplePages.ingest(store);
        server = ServeCommand.Server.start(store, "127.0.0.1", apiPort, Map.of(
                "micronaut.server.cors.configurations.neo4j-browser.allowed-origins", List.of("http://127.0.0.1:" + httpPort)));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    void browser_appliesOurStyle_andOpensOurGuide_onConnecting() throws Exception {
        browser.get("http://127.0.0.1:" + httpPort + "/browser/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // The embedded server has auth off: connect over Bolt with "No authentication".
        // Browser renders the form before it can take input: wait until each control is clickable.
        By scheme = By.cssSelector("[data-testid='bolt-scheme-select']");
        By auth = By.cssSelector("[data-testid='authenticationMethod']");
        By connect = By.cssSelector("[data-testid='connect']");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(scheme))).selectByValue("bolt://");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(auth))).selectByValue("NO_AUTH");
        wait.until(ExpectedConditions.elementToBeClickable(connect)).click();
        try {
            wait.until(d -> pageText().contains("newsgraph: who did what"));
        } finally {
            Chromium.screenshot(browser, "neo4j-browser-guide");
            Files.writeString(Chromium.SCREENSHOTS.resolve("neo4j-browser-guide.html"), browser.getPageSource());
        }
        String text = pageText();
        assertTrue(!text.contains("Hostname is not allowed") && !text.contains("Could not fetch"), text);

        // The guide's first example, into the editor and run: a graph in our colours, captioned by name.
        WebElement example = browser.findElements(By.cssSelector("pre.runnable")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        example.click();
        browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
        try {
            wait.until(d -> ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('svg g.node text')).map(t => t.textContent).join(' ')")
                    .toString().contains("王清源"));
        } finally {
            Chromium.screenshot(browser, "neo4j-browser-graph");
            Files.writeString(Chromium.SCREENSHOTS.resolve("neo4j-browser-graph.html"), browser.getPageSource());
        }
        String fills = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('svg g.node circle')).map(c => c.getAttribute('fill')).join(' ')")
                .toString().toUpperCase();
        assertTrue(fills.contains("#4C8EDA") && fills.contains("#F16667"), "Person and Event colours: " + fills);

        // A saved query's slide: its :param lines and the query run as one script in Browser.
        WebElement block = null;
        for (int slide = 3; slide <= 5 && block == null; slide++) {
            browser.findElement(By.cssSelector("[data-testid='activeEditor'] .monaco-editor")).click();
            new Actions(browser).sendKeys(":play " + server.apiUrl() + "/browser-kit/guide.html#slide-" + slide)
                    .sendKeys(Keys.ENTER).perform();
            Thread.sleep(1500);
            block = browser.findElements(By.cssSelector("pre.runnable")).stream()
                    .filter(e -> e.isDisplayed() && e.getText().startsWith(":param event => ")).findFirst().orElse(null);
        }
        assertTrue(block != null, "the event-attendees slide: " + pageText());
        block.click();
        browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
        try {
            // The script frame lists each statement on one line (the slide keeps the line breaks).
            wait.until(d -> pageText().contains("(e.name = $event OR $event IN e.aliases)"));
            Thread.sleep(2000);
        } finally {
            Chromium.screenshot(browser, "neo4j-browser-guide-query");
        }
        assertTrue(!pageText().contains("Error") && !pageText().contains("ParameterMissing"), pageText());
    }
}
