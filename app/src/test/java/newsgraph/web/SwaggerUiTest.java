package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsgraph.cli.ServeCommand;
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
 * Swagger UI in headless Chromium, as a developer meets the API: operations grouped by resource,
 * an Authorize button for the key, and "Try it out" on /api/extract pre-filled with an article
 * that extracts (200), not {"additionalProp1": {}}.
 */
class SwaggerUiTest {

    static ServeCommand.Server server;
    static ChromeDriver browser;

    @BeforeAll
    static void serveAndOpenBrowser() {
        browser = Chromium.start();
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, Map.of("newsgraph.api-key", "k"));
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

    private static WebElement await(By by, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    @Test
    void tagsAuthorize_andTryItOutOnExtract_answers200() {
        browser.get(server.apiUrl() + "/swagger-ui/index.html");
        await(By.cssSelector(".opblock-tag"), 30);
        Set<String> tags = new TreeSet<>();
        browser.findElements(By.cssSelector(".opblock-tag")).forEach(t -> tags.add(t.getAttribute("data-tag")));
        assertEquals(new TreeSet<>(List.of("articles", "events", "people", "organizations", "parks", "search", "evidence", "queries",
                "extraction", "health")), tags);
        assertTrue(browser.findElement(By.cssSelector("button.authorize")).isDisplayed(), "Authorize button for X-API-Key");

        WebElement extract = browser.findElement(By.id("operations-extraction-extract"));
        extract.findElement(By.cssSelector(".opblock-summary-control")).click();
        await(By.cssSelector("#operations-extraction-extract .try-out__btn"), 10).click();
        String body = await(By.cssSelector("#operations-extraction-extract textarea.body-param__text"), 10).getAttribute("value");
        assertFalse(body.contains("additionalProp"), body);
        assertTrue(body.contains("\"text\""), body);

        browser.findElement(By.cssSelector("#operations-extraction-extract button.execute")).click();
        WebElement cell = await(By.cssSelector("#operations-extraction-extract .live-responses-table tbody td.response-col_status"), 60);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        Chromium.screenshot(browser, "swagger-ui-extract");
        String status = cell.getText().strip();
        assertTrue(status.startsWith("200"), "Try it out on /api/extract answered " + status);
    }
}
