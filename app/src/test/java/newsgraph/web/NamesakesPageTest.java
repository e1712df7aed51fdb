package newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two cities' papers (fictional articles written for this test) each with a 市长王军, posted to the
 * real server: the API and the reporter page show two people named 王军, told apart by region and title.
 */
class NamesakesPageTest {

    static ServeCommand.Server server;
    static Http http;
    static ChromeDriver browser;
    static final ObjectMapper JSON = new ObjectMapper();

    static String article(String city, String reporter) {
        return "来源：" + city + "日报\n本报3月5日讯（记者 " + reporter + "） 3月5日上午，市委常委会会议召开。"
                + "市委书记周明远主持会议，市委副书记、市长王军出席会议并讲话。";
    }

    @BeforeAll
    static void postTwoCities() throws Exception {
        browser = Chromium.start();
        TestNeo4j.clear();
        server = ServeCommand.Server.start(TestNeo4j.shared(), "127.0.0.1", -1, Map.of("newsgraph.api-key", "k"));
        http = new Http(server.apiUrl());
        for (String[] city : new String[][] {{"临江", "李晓"}, {"青河", "陈平"}}) {
            Http.Response r = http.post("/api/articles", JSON.writeValueAsString(Map.of(
                    "text", article(city[0], city[1]), "date", "2024-03-05", "source", city[0] + "日报")), "X-API-Key", "k");
            assertEquals(201, r.status(), r.body());
        }
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

    @Test
    void api_listsTwoPeopleNamed王军_withTheirRegions() {
        Http.Response r = http.get("/api/people?name=" + URLEncoder.encode("王军", StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        Set<String> regions = new TreeSet<>();
        r.json().get("people").forEach(p -> regions.add(p.get("region").asText()));
        assertEquals(Set.of("临江市", "青河市"), regions, r.body());

        JsonNode namesakes = http.get("/api/namesakes").json().get("namesakes");
        Set<String> keys = new TreeSet<>();
        namesakes.forEach(n -> { if (n.get("name").asText().equals("王军")) keys.add(n.get("key").asText()); });
        assertEquals(Set.of("王军@临江市", "王军@青河市"), keys, namesakes.toString());

        Http.Response one = http.get("/api/people/" + URLEncoder.encode("王军@青河市", StandardCharsets.UTF_8));
        assertEquals(200, one.status(), one.body());
        assertEquals("青河市", one.json().get("region").asText());
        assertEquals("王军@临江市", one.json().get("namesakes").get(0).get("key").asText());
    }

    @Test
    void page_showsTheNamesakesApart_inSearch_andOnThePersonPage() {
        browser.get(server.apiUrl() + "/#/search/" + URLEncoder.encode("王军", StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='search']")));
        Set<String> shown = new TreeSet<>();
        for (WebElement li : browser.findElements(By.cssSelector("li.result"))) {
            if (li.findElement(By.cssSelector("a.result-name")).getText().equals("王军")) {
                shown.add(li.findElement(By.cssSelector(".who")).getText());
            }
        }
        assertEquals(2, shown.size(), "two 王军, each with region and title: " + shown);
        assertTrue(shown.stream().anyMatch(s -> s.contains("临江市")) && shown.stream().anyMatch(s -> s.contains("青河市")), shown.toString());

        browser.get(server.apiUrl() + "/#/person/" + URLEncoder.encode("王军@临江市", StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='person']")));
        assertTrue(browser.findElement(By.cssSelector(".person-who")).getText().contains("临江市"));
        assertTrue(browser.findElement(By.cssSelector(".namesakes")).getText().contains("青河市"),
                browser.findElement(By.cssSelector(".namesakes")).getText());
        Chromium.screenshot(browser, "reporter-namesakes");
    }
}
