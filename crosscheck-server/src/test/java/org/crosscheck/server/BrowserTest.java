package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: Debian's headless Chromium driven by Selenium against the server on 127.0.0.1.
 * Screenshots go to target/screenshots. Skipped when Chromium is not installed, except on CI (CI=true), where
 * its absence fails the run ({@code .ci/run} installs it).
 */
@Tag("slow")
class BrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static ServerRuntime server;
    static String base;
    static String editor;
    static WebDriver driver;
    static WebDriverWait wait;
    static Path shots;

    @BeforeAll
    static void start() throws IOException {
        boolean have = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(have, "Debian's chromium and chromium-driver are not installed");
        }
        assertTrue(have, "CI must install Debian's chromium and chromium-driver (.ci/run does)");
        CrosscheckConfig config = Fixtures.ledger(dir);
        editor = new TokenStore(CrosscheckServer.tokenFile(config)).create(Role.EDITOR, "browser analyst");
        server = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false), s -> { });
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        shots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static void open(String path) {
        driver.get(base + path);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded"))
                || !d.findElement(By.id("status")).getText().isEmpty()
                && d.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertEquals("true", driver.findElement(By.tagName("body")).getAttribute("data-loaded"),
                "page did not load: " + driver.findElement(By.id("status")).getText());
    }

    static void shot(String name) throws IOException {
        Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static void shot(WebElement e, String name) throws IOException {
        Path tmp = e.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The full page: the window is made as tall as the document for the shot. */
    static void fullShot(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long h = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(6000, h + 150)));
        shot(name);
        driver.manage().window().setSize(before);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static long eventId(String query, String location) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/api/events?limit=500" + query)).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode e : Http.JSON.readTree(r.body()).get("events")) {
            if (location.equals(e.get("location").asText())) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no event at " + location);
    }

    @Test
    void mapTimelineAndFiltersInTheUrl() throws Exception {
        open("/");
        wait.until(d -> !d.findElements(By.cssSelector("#map .leaflet-interactive, #map .cluster")).isEmpty());
        // Let the basemap draw before the shot.
        wait.until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-basemap")));
        assertTrue(Integer.parseInt(driver.findElement(By.id("timeline")).getAttribute("data-bins")) >= 3);
        int rows = driver.findElements(By.cssSelector("#events tbody tr")).size();
        assertTrue(rows >= 6, "every event listed: " + rows);
        shot(driver.findElement(By.id("map")), "map.png");
        shot(driver.findElement(By.id("timeline")), "timeline.png");
        fullShot("incidents.png");

        WebElement country = driver.findElement(By.name("country"));
        country.sendKeys("SD");
        country.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("country=SD"));
        open(driver.getCurrentUrl().substring(base.length()));
        List<WebElement> sd = driver.findElements(By.cssSelector("#events tbody tr"));
        assertEquals(2, sd.size());
        sd.forEach(r -> assertTrue(r.getText().contains("SD"), r.getText()));
        assertEquals("SD", driver.findElement(By.name("country")).getAttribute("value"), "the form shows the URL's filter");

        // Keyboard: the timeline's table has a button per bin; Enter filters by its dates.
        driver.findElement(By.cssSelector("#timeline details summary")).click();
        WebElement bar = driver.findElements(By.cssSelector("#timeline table button")).get(0);
        String from = bar.getAttribute("data-from");
        bar.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("from=" + from));
        wait.until(d -> !d.findElements(By.cssSelector("#events tbody tr")).isEmpty()
                && d.findElement(By.id("status")).getText().contains("match"));
        assertTrue(driver.getCurrentUrl().contains("country=SD"), "the other filters stay");
    }

    @Test
    void eventPageShowsClaimsSideBySideWithHighlightedEvidence() throws Exception {
        long kalat = eventId("&country=PK", "Kalat");
        open("/events/" + kalat);
        String cards = driver.findElement(By.id("groups")).getText();
        assertTrue(cards.contains("Baloch Liberation Army"), cards);
        assertTrue(cards.contains("Inter-Services Public Relations"), cards);
        assertTrue(cards.contains("at least 25"), cards);
        assertTrue(driver.findElement(By.id("contested")).isDisplayed());
        assertFalse(driver.findElement(By.id("explanation")).getText().isBlank());
        assertTrue(driver.findElement(By.id("estimates")).getText().contains("25"));
        List<String> marked = driver.findElements(By.cssSelector(".report-body mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marked.contains("at least 25 Pakistani military personnel were killed"), marked.toString());
        assertTrue(marked.contains("the BLA suffered casualties during the operation"), marked.toString());
        // The claim's link leads to its highlighted words.
        driver.findElements(By.cssSelector("a.to-evidence")).get(0).click();
        assertTrue(driver.getCurrentUrl().contains("#ev-"));
        fullShot("event-kalat.png");
    }

    @Test
    void anEditWithATokenShowsInTheHistory() throws Exception {
        long id = eventId("&country=SD&from=2025-03-03&to=2025-03-03", "Tanjara");
        open("/events/" + id);
        assertFalse(driver.findElement(By.id("edit")).isDisplayed(), "no editing without a token");
        driver.findElement(By.cssSelector("#auth input[name=token]")).sendKeys(editor, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit")));
        assertTrue(driver.findElement(By.id("auth")).getText().contains("browser analyst"));
        new Select(driver.findElement(By.id("edit-field"))).selectByValue("location");
        WebElement value = driver.findElement(By.id("edit-value"));
        value.clear();
        value.sendKeys("Tanjara central market");
        driver.findElement(By.id("edit-why")).sendKeys("browser test: the market is named in the report");
        driver.findElement(By.cssSelector("#edit button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
                "browser test: the market is named in the report"));
        String history = driver.findElement(By.id("history")).getText();
        assertTrue(history.contains("browser analyst") && history.contains("Tanjara central market"), history);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Tanjara central market"));
        shot(driver.findElement(By.id("history")), "history-after-edit.png");
        // Forget the token: the form goes away again.
        driver.findElement(By.cssSelector("#auth button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("edit")));
    }

    @Test
    void aHostileReportRendersInert() throws Exception {
        long id = eventId("&from=2025-03-09&to=2025-03-09", "Tanjara");
        open("/events/" + id);
        assertEquals(Boolean.TRUE, js("return window.__pwned === undefined"), "no script from the report ran");
        assertEquals(0L, js("return document.querySelectorAll('main img, main script, main b, main i, "
                + "main a[href^=javascript]').length"));
        WebElement body = driver.findElement(By.cssSelector(".report-body"));
        String text = (String) js("return arguments[0].textContent", body);
        assertEquals(Fixtures.HOSTILE_BODY, text, "the body is shown exactly, as text");
        assertEquals(Fixtures.HOSTILE_TITLE, driver.findElement(By.cssSelector(".report h3")).getText());
        assertTrue(driver.findElement(By.id("groups")).getText().contains(Fixtures.HOSTILE_CLAIMANT));
        String mark = driver.findElement(By.cssSelector(".report-body mark")).getText();
        assertTrue(mark.startsWith("<img src=x onerror="), mark);
        fullShot("hostile-report.png");
        // Search results are text too.
        open("/search?q=onerror");
        assertEquals(Boolean.TRUE, js("return window.__pwned === undefined"));
        assertEquals(0L, js("return document.querySelectorAll('main img, main script').length"));
        assertFalse(driver.findElements(By.cssSelector(".snippet mark")).isEmpty());
    }

    @Test
    void searchFindsClaimsAndLinksToTheirEvent() throws Exception {
        open("/search?q=bodies&kind=claim");
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
        assertEquals(1, hits.size());
        assertEquals("bodies", hits.get(0).findElement(By.tagName("mark")).getText());
        hits.get(0).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlMatches("/events/\\d+$"));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        assertTrue(driver.findElement(By.id("groups")).getText().contains("Hospital director"));
    }

    @Test
    void readableOnAPhone() throws Exception {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            open("/");
            long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 1, "no sideways scrolling on a phone: " + overflow + " px");
            shot("phone-incidents.png");
            open("/events/" + eventId("&country=PK", "Kalat"));
            overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 1, "event page fits a phone: " + overflow + " px");
            shot("phone-event.png");
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
