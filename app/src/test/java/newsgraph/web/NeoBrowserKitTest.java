package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsgraph.cli.ServeCommand;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.Chromium;
import newsgraph.testing.DemoData;
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
 * Neo4j Browser from the embedded server, in headless Chromium, on the demo's store: the URL the
 * banner prints prefills the connection (bolt address, user), the user logs in with the store's
 * password; Browser applies the newsgraph style and opens the newsgraph guide, both fetched from the
 * app (post-connect commands, remote-content allowlist, CORS); a guide example is drawn in our
 * colours; a saved query's slide, clicked and run block by block, shows rows.
 */
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
        DemoData.ingest(store);
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

    private static void run() {
        browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
    }

    private static WebElement visibleBlock(java.util.function.Predicate<String> text) {
        return browser.findElements(By.cssSelector("pre.runnable")).stream()
                .filter(e -> e.isDisplayed() && text.test(e.getText())).findFirst().orElse(null);
    }

    @Test
    void browser_logsInWithTheStorePassword_appliesOurStyle_andItsGuideQueriesShowRows() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(store.embeddedServer().browserConnectUrl());
        // Browser renders the form before it can take input: wait until each control is clickable.
        WebElement user;
        try {
            user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='username']")));
        } finally {
            Chromium.screenshot(browser, "neo4j-browser-login");
            Files.writeString(Chromium.SCREENSHOTS.resolve("neo4j-browser-login.html"), browser.getPageSource());
        }
        wait.until(d -> !user.getAttribute("value").isEmpty());
        assertEquals("neo4j", user.getAttribute("value"), "the user comes from the URL the banner prints");
        assertTrue(browser.findElement(By.cssSelector("[data-testid='boltaddress']")).getAttribute("value")
                .endsWith("127.0.0.1:" + store.embeddedServer().settings().boltPort()), "the Bolt address too");
        new Select(browser.findElement(By.cssSelector("[data-testid='bolt-scheme-select']"))).selectByValue("bolt://");
        browser.findElement(By.cssSelector("[data-testid='password']")).sendKeys(store.embeddedServer().password().value());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='connect']"))).click();
        try {
            wait.until(d -> pageText().contains("newsgraph: who did what"));
        } finally {
            Chromium.screenshot(browser, "neo4j-browser-guide");
            Files.writeString(Chromium.SCREENSHOTS.resolve("neo4j-browser-guide.html"), browser.getPageSource());
        }
        String text = pageText();
        assertTrue(!text.contains("Hostname is not allowed") && !text.contains("Could not fetch"), text);

        // The guide's first example, into the editor and run: a graph in our colours, captioned by name.
        visibleBlock(t -> t.startsWith("MATCH")).click();
        run();
        try {
            wait.until(d -> ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('svg g.node text')).map(t => t.textContent).join(' ')")
                    .toString().contains("林海峰"));
        } finally {
            Chromium.screenshot(browser, "neo4j-browser-graph");
        }
        String fills = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('svg g.node circle')).map(c => c.getAttribute('fill')).join(' ')")
                .toString().toUpperCase();
        assertTrue(fills.contains("#4C8EDA") && fills.contains("#F16667"), "Person and Event colours: " + fills);

        // A saved query's slide: click its :param block and run it, then its query block and run it: rows.
        WebElement params = null;
        for (int slide = 3; slide <= 6 && params == null; slide++) {
            browser.findElement(By.cssSelector("[data-testid='activeEditor'] .monaco-editor")).click();
            new Actions(browser).sendKeys(":play " + server.apiUrl() + "/browser-kit/guide.html#slide-" + slide)
                    .sendKeys(Keys.ENTER).perform();
            Thread.sleep(1500);
            params = visibleBlock(t -> t.startsWith(":param event => "));
        }
        assertTrue(params != null, "the event-attendees slide: " + pageText());
        String event = params.getText().replaceFirst("(?s):param event => '(.*)'.*", "$1");
        params.click();
        run();
        Thread.sleep(2000); // Browser sets the parameter (its frame shows them), then the query can use it
        visibleBlock(t -> t.contains("WHERE e.name = $event AND e.date IS NOT NULL")).click();
        run();
        try {
            wait.until(d -> java.util.regex.Pattern.compile("Started streaming [1-9]\\d* record").matcher(pageText()).find());
        } finally {
            Chromium.screenshot(browser, "neo4j-browser-guide-query");
            Files.writeString(Chromium.SCREENSHOTS.resolve("neo4j-browser-guide-query.html"), browser.getPageSource());
        }
        text = pageText();
        assertTrue(text.contains(event) && text.contains("林海峰"), "the event's attendees in the rows: " + text);
        assertFalse(text.contains("ParameterMissing"), text);
    }
}
