package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The events list, event, claimant, search and export pages in a real browser, each checked with axe-core.
 */
@Tag("slow")
class PagesBrowserTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static ServerRuntime server;
    static Browser b;
    static String editor;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeChromium();
        CrosscheckConfig config = Fixtures.ledger(dir);
        editor = new TokenStore(CrosscheckServer.tokenFile(config)).create(Role.EDITOR, "pages analyst");
        server = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false), s -> { });
        b = Browser.open("http://127.0.0.1:" + server.port(), profile);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPageHasNoSeriousAccessibilityViolation() {
        for (String page : new String[] {"/", "/search?q=killed"}) {
            b.get(page);
            Axe.assertAccessible(b.driver, page);
        }
    }

    List<WebElement> rows() {
        return b.driver.findElements(By.cssSelector("#events tbody tr"));
    }

    @Test
    void theEventsListTitlesEventsFromTheirClaimsAndSortsAndPages() throws Exception {
        b.get("/");
        List<WebElement> rows = rows();
        assertTrue(rows.size() >= 6, "every event listed: " + rows.size());
        String titles = b.driver.findElement(By.cssSelector("#events tbody")).getText();
        assertTrue(titles.contains("Baloch Liberation Army claims at least 25"), titles);
        for (WebElement r : rows) {
            String title = r.findElement(By.cssSelector("td.title a")).getText();
            assertTrue(title.contains(" claims ") || title.contains(" denies ") || title.contains(" in "), title);
            // A date is one line: the cell does not wrap.
            assertEquals(1L, b.js("return arguments[0].getClientRects().length",
                    r.findElement(By.cssSelector("td.date time"))), r.getText());
        }
        Axe.assertAccessible(b.driver, "/ (events list)");
        b.fullShot("events-list.png");

        // Sorting by a column header: deaths, largest first, then smallest first.
        b.driver.findElement(By.cssSelector("th[data-sort=fatalities] button")).click();
        b.wait.until(ExpectedConditions.urlContains("sort=-fatalities"));
        b.waitLoaded();
        b.wait.until(d -> "descending".equals(d.findElement(By.cssSelector("th[data-sort=fatalities]"))
                .getAttribute("aria-sort")));
        List<Integer> deaths = deaths();
        for (int i = 1; i < deaths.size(); i++) {
            assertTrue(deaths.get(i - 1) >= deaths.get(i), deaths.toString());
        }
        b.driver.findElement(By.cssSelector("th[data-sort=fatalities] button")).click();
        b.wait.until(ExpectedConditions.urlContains("sort=fatalities"));
        b.wait.until(d -> "ascending".equals(d.findElement(By.cssSelector("th[data-sort=fatalities]"))
                .getAttribute("aria-sort")));

        // The page size: 25 rows at most; the fixtures have fewer, so the pager says all on one page.
        new Select(b.driver.findElement(By.id("page-size"))).selectByValue("25");
        b.wait.until(ExpectedConditions.urlContains("limit=25"));
        b.wait.until(d -> d.findElement(By.id("page")).getText().startsWith("1–"));
        assertTrue(b.driver.findElement(By.id("next")).getAttribute("disabled") != null);

        // The range policy: each row shows the claimants' figures as a range where they differ.
        new Select(b.driver.findElement(By.id("policy"))).selectByValue("range");
        b.wait.until(ExpectedConditions.urlContains("policy=range"));
        b.wait.until(d -> d.findElement(By.id("deaths-h-policy")).getText().contains("range"));
    }

    private List<Integer> deaths() {
        return rows().stream().map(r -> r.findElement(By.cssSelector("td.deaths .figure")).getText())
                .filter(t -> t.matches("\\d+")).map(Integer::parseInt).toList();
    }

    @Test
    void countryNamesWorkAndUnknownValuesSaySo() throws Exception {
        b.get("/");
        WebElement country = b.driver.findElement(By.name("country"));
        country.clear();
        country.sendKeys("Sudan", Keys.ENTER);
        b.wait.until(ExpectedConditions.urlContains("country=Sudan"));
        b.wait.until(d -> d.findElement(By.id("status")).getText().contains("match"));
        assertEquals(2, rows().size());
        // The export links carry the same filters.
        String href = b.driver.findElement(By.cssSelector("#exports a[data-format=acled-csv]")).getAttribute("href");
        assertTrue(href.contains("/api/export/acled-csv?country=Sudan"), href);
        b.driver.get(b.base + "/?country=Atlantis");
        b.wait.until(d -> d.findElement(By.id("status")).getAttribute("class").contains("error"));
        String status = b.driver.findElement(By.id("status")).getText();
        assertTrue(status.contains("'Atlantis' is not a country name"), status);
    }
}
