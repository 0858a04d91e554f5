package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.crosscheck.model.CrosscheckConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The map, the timeline and the charts page in a real browser over the {@link Fixtures} ledger (Kalat in Pakistan,
 * two events at one spot in Tanjara, Sudan), each page checked with axe-core.
 */
@Tag("slow")
class MapBrowserTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static BrowserSession session;
    static Browser b;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeChromium();
        CrosscheckConfig config = Fixtures.ledger(dir);
        session = BrowserSession.open(config, null, profile);
        b = session.browser();
    }

    @AfterAll
    static void stop() {
        BrowserSession.close(session);
    }

    /** Opens the incidents page and waits for the basemap and the points. */
    static void openMap(String path) {
        b.get(path);
        b.wait.until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-basemap")));
    }

    static void shot(WebElement e, String name) throws IOException {
        Path tmp = e.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, b.shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static double num(String script) {
        return ((Number) b.js(script)).doubleValue();
    }

    @Test
    void theMapOpensOnTheEventsWithABasemapALegendAndLabels() throws IOException {
        openMap("/");
        // Every event with a place on the map (the Kalat operation's parts have their own places), as a circle or
        // in a cluster's number.
        assertEquals(String.valueOf(((Number) b.js("return CCMap.shown()")).intValue()),
                b.driver.findElement(By.id("map")).getAttribute("data-points"));
        assertTrue(Integer.parseInt(b.driver.findElement(By.id("map")).getAttribute("data-points")) >= 3);
        // Single events are drawn in their own pane, over the basemap's land whichever of the two came first.
        assertEquals(Boolean.TRUE, b.js("var ev = CCMap.map.getPane('events'), land = CCMap.map.getPane('overlayPane');"
                + " return ev.querySelector('canvas') !== null && Number(getComputedStyle(ev).zIndex)"
                + " > Number(getComputedStyle(land).zIndex);"));
        // On the events' extent (Pakistan to Sudan), not the whole world.
        assertTrue(num("return CCMap.map.getZoom()") >= 3, "zoomed to the events");
        assertEquals(Boolean.TRUE, b.js("var bb = CCMap.map.getBounds(); return bb.contains([29.03, 66.59]) "
                + "&& bb.contains([10.52, 30.41]) && !bb.contains([50, -100]);"));
        String legend = b.driver.findElement(By.id("map-legend")).getText();
        assertTrue(legend.contains("claims contradict each other") && legend.contains("acled policy"), legend);
        assertFalse(b.driver.findElements(By.cssSelector("#map .country-label")).isEmpty(), "country names shown");
        b.shot("map-fixtures.png");
        // Zoomed in, first-level divisions and place names come in.
        b.js("CCMap.map.setView([29.03, 66.59], 7, {animate: false})");
        b.wait.until(d -> !d.findElements(By.cssSelector("#map .admin-label")).isEmpty()
                && !d.findElements(By.cssSelector("#map .place-label")).isEmpty());
        List<String> labels = b.driver.findElements(By.cssSelector("#map .map-label")).stream()
                .map(WebElement::getText).toList();
        assertTrue(labels.contains("Balochistan") && labels.contains("Quetta"), labels.toString());
        b.shot("map-zoomed-fixtures.png");
        // The other policy sizes the circles by its figure and says so.
        openMap("/");
        new Select(b.driver.findElement(By.id("policy"))).selectByValue("range");
        b.wait.until(ExpectedConditions.urlContains("policy=range"));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-legend"), "range policy"));
        Axe.assertAccessible(b.driver, "/");
    }

    @Test
    void aClusterOfEventsAtOneSpotSplitsIntoSingleEventsWithPopups() {
        openMap("/?country=SD");
        // Both Tanjara events stand on one spot: one cluster of 2, at any zoom.
        b.wait.until(d -> !d.findElements(By.cssSelector("#map .cluster")).isEmpty());
        WebElement cluster = b.driver.findElement(By.cssSelector("#map .cluster"));
        assertEquals("2", cluster.getText());
        cluster.click();
        // Spread out: two markers at two places on the screen.
        b.wait.until(d -> Boolean.TRUE.equals(b.js("var ps = Object.keys(CCMap.markers).map(function (k) {"
                + " return CCMap.map.latLngToContainerPoint(CCMap.markers[k].getLatLng()); });"
                + "return ps.length === 2 && ps[0].distanceTo(ps[1]) > 10 && Object.keys(CCMap.markers).every("
                + "function (k) { return CCMap.map.hasLayer(CCMap.markers[k]); });")));
        // Choosing one of them opens its popup: a title and a link to its page.
        b.js("CCMap.markers[Object.keys(CCMap.markers)[0]].fire('click')");
        b.wait.until(d -> !d.findElements(By.cssSelector(".leaflet-popup .popup a")).isEmpty());
        String popup = b.driver.findElement(By.cssSelector(".leaflet-popup .popup")).getText();
        assertTrue(popup.contains("Tanjara") && popup.contains("Open the event page"), popup);
        assertTrue(b.driver.findElement(By.cssSelector(".leaflet-popup .popup a")).getAttribute("href")
                .matches(".*/events/\\d+$"));
    }

    @Test
    void theTimelineHasATimeAxisAndItsRangeFiltersTheMapAndTheList() throws IOException {
        openMap("/");
        WebElement tl = b.driver.findElement(By.id("timeline"));
        // Kalat (2025-05-05 or so) and Tanjara (March 2025): every bin between them is drawn, empty ones too.
        int bins = Integer.parseInt(tl.getAttribute("data-bins"));
        assertTrue(bins >= 3, "bins " + bins);
        shot(tl, "timeline-fixtures.png");
        assertEquals("Events", tl.getAttribute("data-y"));
        String legend = (String) b.js("return document.querySelector('#timeline .u-legend').textContent");
        assertTrue(legend.contains("All matching events") && legend.contains("With contradicting claims")
                && legend.contains("In the map's view"), legend);
        // Deaths under the policy on the y-axis.
        new Select(b.driver.findElement(By.id("measure"))).selectByValue("deaths");
        b.wait.until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-y", "Deaths (acled policy)"));
        // Dragging across March 2025 filters the map and the list to it.
        WebElement over = b.driver.findElement(By.cssSelector("#timeline .u-over"));
        int width = over.getSize().getWidth();
        new Actions(b.driver).moveToElement(over, -width / 2 + 2, 0).clickAndHold().moveByOffset(width / 4, 0)
                .release().perform();
        b.wait.until(ExpectedConditions.urlContains("from="));
        b.waitLoaded();
        String url = b.driver.getCurrentUrl();
        assertTrue(url.contains("to=") && url.contains("measure=deaths"), url);
        int rows = b.driver.findElements(By.cssSelector("#events tbody tr")).size();
        assertTrue(rows >= 1 && rows < 3, "the list follows the range: " + rows);
        assertEquals(String.valueOf(rows), b.driver.findElement(By.id("map")).getAttribute("data-points"));
        // Moving the map away from every event empties the timeline's in-view line.
        b.js("CCMap.map.setView([60, -100], 5, {animate: false})");
        b.wait.until(d -> "0".equals(d.findElement(By.id("timeline")).getAttribute("data-in-view")));
    }

    @Test
    void theChartsShowDeathsByClaimantAndBySideUnderTheNamedPolicy() throws IOException {
        b.get("/charts?country=SD");
        String claimants = b.driver.findElement(By.id("by-claimant")).getText();
        assertTrue(claimants.contains("District health office") && claimants.contains("Hospital director"), claimants);
        assertTrue(claimants.contains("acled"), "the policy is named on the chart: " + claimants);
        String sides = b.driver.findElement(By.id("by-side")).getText();
        assertTrue(sides.contains("Civilians"), sides);
        b.fullShot("charts-fixtures.png");
        Axe.assertAccessible(b.driver, "/charts");
        new Select(b.driver.findElement(By.id("policy"))).selectByValue("range");
        b.wait.until(ExpectedConditions.urlContains("policy=range"));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("by-side"), "range"));
    }
}
