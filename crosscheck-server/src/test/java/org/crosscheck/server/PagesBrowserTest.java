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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static BrowserSession session;
    static Browser b;
    static String editor;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeChromium();
        CrosscheckConfig config = Fixtures.ledger(dir);
        editor = new TokenStore(CrosscheckServer.tokenFile(config)).create(Role.EDITOR, "pages analyst");
        session = BrowserSession.open(config, new PostReportTest.TestIntake(), profile);
        b = session.browser();
    }

    @AfterAll
    static void stop() {
        BrowserSession.close(session);
    }

    @Test
    void everyPageHasNoSeriousAccessibilityViolation() throws Exception {
        for (String page : new String[] {"/", "/search?q=killed", "/claimants/Hospital%20director", "/upload",
                "/events/" + eventAt("Kalat")}) {
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

    static long eventAt(String location) throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode e : Http.JSON.readTree(new java.net.URL(b.base
                + "/api/events?limit=500").openStream()).get("events")) {
            if (location.equals(e.get("location").asText())) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no event at " + location);
    }

    @Test
    void theEventPageHasATitleFromTheClaimsASmallMapAndHonestDates() throws Exception {
        b.get("/events/" + eventAt("Kalat"));
        String title = b.driver.findElement(By.id("title")).getText();
        assertTrue(title.startsWith("Baloch Liberation Army claims at least 25"), title);
        String meta = b.driver.findElement(By.id("meta")).getText();
        assertTrue(!meta.contains("(hour)") && !meta.contains("(minute)") && !meta.contains("(day)"), meta);
        assertTrue(meta.matches(".*\\d{1,2}(–\\d{1,2})? [A-Z][a-z]{2} \\d{4}.*"), meta);
        b.wait.until(d -> d.findElements(By.cssSelector("#small-map .leaflet-interactive")).size() >= 1);
        b.wait.until(d -> d.findElements(By.cssSelector("#small-map path")).size() > 5);
        assertTrue(b.driver.findElement(By.id("map-caption")).getText().contains("Kalat"));
        // A claimant's name leads to its page.
        assertTrue(b.driver.findElements(By.cssSelector("#groups .claimant a")).stream()
                .anyMatch(a -> a.getAttribute("href").contains("/claimants/")));
        b.fullShot("event-page.png");
    }

    /** Last: it changes the ledger the other tests read (and puts it back). */
    @Test
    @Order(Order.DEFAULT + 2)
    void mergeAndSplitWithAnEditorToken() throws Exception {
        long kept = eventAt("Mangochar");
        long other = eventAt("Tanjara");
        b.get("/events/" + kept);
        assertTrue(!b.driver.findElement(By.id("tools")).isDisplayed(), "no tools without a token");
        b.driver.findElement(By.cssSelector("#auth input[name=token]")).sendKeys(editor, Keys.ENTER);
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("merge-form")));
        b.driver.findElement(By.id("merge-other")).sendKeys(String.valueOf(other));
        b.driver.findElement(By.id("merge-why")).sendKeys("pages test: one incident told twice");
        b.driver.findElement(By.cssSelector("#merge-form button")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
                "pages test: one incident told twice"));
        // Two reports now: one can be split out again.
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("split-form")));
        new Select(b.driver.findElement(By.id("split-report"))).selectByIndex(1);
        b.driver.findElement(By.id("split-why")).sendKeys("pages test: the accounts differ after all");
        b.driver.findElement(By.cssSelector("#split-form button")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("split-status"), "is now event"));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
                "pages test: the accounts differ after all"));
        b.driver.findElement(By.cssSelector("#auth button")).click();
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tools")));
    }

    /** After the merge and split: it changes the Kalat event (and puts it back). */
    @Test
    @Order(Order.DEFAULT + 3)
    void anAnalystsFigureAndADetachedClaimWithAnEditorToken() throws Exception {
        long kalat = eventAt("Kalat");
        b.get("/events/" + kalat);
        if (b.driver.findElements(By.cssSelector("#auth input[name=token]")).isEmpty()) {
            // A test before this one failed while holding the token: start without it.
            b.driver.findElement(By.cssSelector("#auth button")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#auth input[name=token]")));
        }
        assertTrue(!b.driver.findElement(By.id("analyst-tools")).isDisplayed(), "no forms without a token");
        assertTrue(b.driver.findElement(By.id("analyst-none")).isDisplayed());
        b.driver.findElement(By.cssSelector("#auth input[name=token]")).sendKeys(editor, Keys.ENTER);
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("analyst-form")));

        new Select(b.driver.findElement(By.id("analyst-outcome"))).selectByValue("killed");
        b.driver.findElement(By.id("analyst-victims")).sendKeys("Pakistan Armed Forces");
        b.driver.findElement(By.id("analyst-figure")).sendKeys("20");
        b.driver.findElement(By.id("analyst-why")).sendKeys("pages test: the funeral list names 20");
        b.driver.findElement(By.cssSelector("#analyst-form button")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("analyst-figures"),
                "Analyst (editor pages analyst) codes 20 Pakistan Armed Forces killed: pages test: the funeral list"));
        assertTrue(!b.driver.findElement(By.id("groups")).getText().contains("Analyst"),
                "never among the reported claims");
        assertTrue(b.driver.findElement(By.id("analyst-estimate")).getText().startsWith("analyst ("));
        assertTrue(b.driver.findElement(By.id("history")).getText().contains("analyst figure"));

        Select claim = new Select(b.driver.findElement(By.id("detach-claim")));
        claim.selectByIndex(claim.getOptions().size() - 1);
        String detached = claim.getFirstSelectedOption().getText();
        String claimId = claim.getFirstSelectedOption().getAttribute("value");
        new Select(b.driver.findElement(By.id("detach-to"))).selectByValue("context");
        b.driver.findElement(By.id("detach-why")).sendKeys("pages test: a figure about another day");
        b.driver.findElement(By.cssSelector("#detach-form button")).click();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detached"), "report’s context"));
        assertTrue(b.driver.findElements(By.cssSelector("#detach-claim option")).stream()
                .noneMatch(o -> o.getAttribute("value").equals(claimId)), detached + " is no claim of the event now");
        Axe.assertAccessible(b.driver, "/events/" + kalat + " (analyst's figure, detached claim, forms)");
        b.fullShot("event-analyst.png");

        // Both undone from the page: the claim returns, the figure is withdrawn.
        WebElement back = b.driver.findElement(By.cssSelector("#detached form.undo"));
        back.findElement(By.tagName("input")).sendKeys("pages test: undo");
        back.findElement(By.tagName("button")).click();
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detached-none")));
        assertTrue(b.driver.findElements(By.cssSelector("#detach-claim option")).stream()
                .anyMatch(o -> o.getAttribute("value").equals(claimId)));
        WebElement withdraw = b.driver.findElement(By.cssSelector("#analyst-figures form.undo"));
        withdraw.findElement(By.tagName("input")).sendKeys("pages test: undo");
        withdraw.findElement(By.tagName("button")).click();
        b.wait.until(d -> d.findElements(By.cssSelector("#analyst-figures .card.withdrawn")).size() == 1);
        assertTrue(!b.driver.findElement(By.id("analyst-estimate")).isDisplayed());
        b.driver.findElement(By.cssSelector("#auth button")).click();
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("analyst-tools")));
    }

    @Test
    void theClaimantPageShowsClaimsOverTimeAndCountsOnly() throws Exception {
        b.get("/claimants/Hospital%20director");
        assertEquals("Hospital director", b.driver.findElement(By.id("name")).getText());
        String track = b.driver.findElement(By.id("track")).getText();
        assertTrue(track.contains("contradicts"), track);
        for (String judging : List.of("reliab", "truth", "lie", "accura", "credib", "score")) {
            assertTrue(!b.driver.findElement(By.id("main")).getText().toLowerCase().contains(judging), judging);
        }
        List<WebElement> rows = b.driver.findElements(By.cssSelector("#claims tbody tr"));
        assertTrue(rows.size() >= 1);
        assertTrue(rows.get(0).findElement(By.cssSelector("td.others")).getText().length() > 0);
        b.fullShot("claimant-page.png");
        // The other claimants link to their own pages.
        rows.get(0).findElement(By.cssSelector("td.others a")).click();
        b.wait.until(ExpectedConditions.urlContains("/claimants/"));
        b.waitLoaded();
        assertTrue(!b.driver.findElement(By.id("name")).getText().equals("Hospital director"));
    }

    @Test
    void searchSaysHowManyMatchAndWhereEachHitIs() throws Exception {
        b.get("/search?q=killed");
        String status = b.driver.findElement(By.id("status")).getText();
        int shown = b.driver.findElements(By.cssSelector(".hit")).size();
        assertTrue(status.matches("\\d+ match(es)?[.;].*"), status);
        assertEquals(Integer.parseInt(status.split(" ")[0]), shown, "every match shown here: " + status);
        List<WebElement> claims = b.driver.findElements(By.cssSelector(".hit[data-kind=claim] .hint"));
        assertTrue(!claims.isEmpty());
        claims.forEach(h -> assertTrue(h.getText().matches(".*\\d{4}.*·.*event: .*"), h.getText()));
        b.get("/search?q=Sudan&kind=event");
        assertEquals(2, b.driver.findElements(By.cssSelector(".hit")).size());
        b.shot("search.png");
    }

    @Test
    void anUnknownAddressGetsAHelpfulPage() throws Exception {
        b.driver.get(b.base + "/no/such/page");
        assertEquals("No page at this address", b.driver.findElement(By.tagName("h1")).getText());
        assertTrue(b.driver.findElement(By.cssSelector("main a[href='/']")).isDisplayed());
        Axe.assertAccessible(b.driver, "404 page");
    }

    /** Near the end: it adds an event the other tests do not expect. */
    @Test
    @Order(Order.DEFAULT + 1)
    void theUploadFormAddsAReportAndLinksToItsEvents() throws Exception {
        b.get("/upload");
        assertTrue(!b.driver.findElement(By.id("upload")).isDisplayed(), "no form without a token");
        b.driver.findElement(By.cssSelector("#auth input[name=token]")).sendKeys(editor, Keys.ENTER);
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload")));
        b.driver.findElement(By.cssSelector("#upload button")).click();
        b.wait.until(d -> d.findElement(By.id("status")).getText().contains("paste"));
        b.driver.findElement(By.id("text")).sendKeys("Police in Ornel said 4 people were killed on Sunday.");
        b.driver.findElement(By.id("title")).sendKeys("Attack near Ornel (fictional)");
        b.js("document.getElementById('published').value = '2025-06-01'");
        b.driver.findElement(By.cssSelector("#upload button")).click();
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertTrue(b.driver.findElement(By.id("result-summary")).getText().startsWith("Stored as a new report."));
        String claims = b.driver.findElement(By.id("result-claims")).getText();
        assertTrue(claims.contains("Provincial police claims 4 Civilians killed"), claims);
        Axe.assertAccessible(b.driver, "/upload (result)");
        b.shot("upload-result.png");
        b.driver.findElement(By.cssSelector("#result-events a")).click();
        b.wait.until(ExpectedConditions.urlMatches("/events/\\d+$"));
        b.waitLoaded();
        assertTrue(b.driver.findElement(By.id("title")).getText().startsWith("Provincial police claim 4"));
        b.driver.findElement(By.cssSelector("#auth button")).click();
    }
}
