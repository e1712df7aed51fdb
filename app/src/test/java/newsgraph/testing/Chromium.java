package newsgraph.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for end-to-end tests: Debian's {@code chromium} and {@code chromium-driver}
 * (and {@code fonts-noto-cjk}, so Chinese renders in screenshots), installed by {@code ./newsgraph
 * test}. Selenium is given both paths, so Selenium Manager never tries to download anything. A
 * missing browser fails the test, naming the packages: it is never skipped.
 */
public final class Chromium {

    public static final Path BROWSER = Path.of(System.getProperty("newsgraph.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    /** Where screenshots are kept as test artefacts (app/target/screenshots). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {}

    /** A fresh headless browser with its own profile directory; the caller quits it. */
    public static ChromeDriver start() {
        for (Path p : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(p)) {
                throw new AssertionError(p + " is missing: install the Debian packages chromium, chromium-driver and"
                        + " fonts-noto-cjk (./newsgraph test does it when run as root)");
            }
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=zh-CN",
                "--user-data-dir=" + TestNeo4j.tempDir("newsgraph-chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** Saves a PNG of the page under target/screenshots and returns its path. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    /**
     * Opens the reporter page at {@code #/route} and waits up to {@code wait} until it has rendered
     * {@code page} ({@code body[data-ready]}) without reporting a problem in its status line.
     */
    public static void open(WebDriver browser, String baseUrl, String route, String page, Duration wait) {
        browser.get(baseUrl + "/#/" + route);
        awaitReady(browser, page, wait);
    }

    /** Waits up to {@code wait} until the page has rendered {@code page} and its status line is empty. */
    public static void awaitReady(WebDriver browser, String page, Duration wait) {
        new WebDriverWait(browser, wait)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='" + page + "']")));
        assertEquals("", browser.findElement(By.id("status")).getText(), "the page reported a problem");
    }
}
