package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.http.ServerJson;
import org.crosscheck.server.search.SyntheticEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The map with 100,000 events: it shows every one of them (clustered). How long the first paint takes is measured
 * and written to target/benchmarks/map-first-paint.txt for docs/BENCHMARKS.md, never asserted: a busy machine
 * would fail a timing. The events are {@link SyntheticEvents} put straight into the search index. A benchmark run
 * by hand ({@code -Dcrosscheck.benchmarks=true}): on a machine shared by many builds, placing 100,000 markers can
 * outlast any wait a test could set, so it does not run in CI.
 */
@Tag("slow")
class MapLoadBrowserTest {
    /** With the three events of the fixtures: 100,000, the most points the map asks for. */
    static final int EVENTS = 100_000 - 3;
    static final int RUNS = 3;

    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static BrowserSession session;
    static Browser b;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("crosscheck.benchmarks"), "a benchmark: -Dcrosscheck.benchmarks=true");
        Browser.assumeChromium();
        CrosscheckConfig config = Fixtures.ledger(dir);
        try (Ledger ledger = Ledger.open(config)) {
            SyntheticEvents.fill(ledger, CrosscheckServer.indexDir(config), ServerJson.mapper(), EVENTS, 42);
        }
        session = BrowserSession.open(config, null, profile);
        b = session.browser();
    }

    @AfterAll
    static void stop() {
        BrowserSession.close(session);
    }

    static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    @Test
    void theMapPaintsAHundredThousandEvents() throws IOException {
        List<Long> paint = new ArrayList<>();
        List<Long> fetch = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            b.driver.get(b.base + "/?run=" + i);
            b.wait.withTimeout(java.time.Duration.ofSeconds(600))
                    .until(d -> d.findElement(By.id("map")).getAttribute("data-painted") != null);
            String all = String.valueOf(EVENTS + 3);
            assertEquals(all, b.driver.findElement(By.id("map")).getAttribute("data-points"), "every event sent");
            assertEquals(all, b.driver.findElement(By.id("map")).getAttribute("data-painted"), "every event placed");
            paint.add(Long.parseLong(b.driver.findElement(By.id("map")).getAttribute("data-painted-ms")));
            fetch.add(((Number) b.js("var e = performance.getEntriesByType('resource').filter(function (r) {"
                    + " return r.name.indexOf('/api/events/points') >= 0; })[0]; return Math.round(e.duration);"))
                    .longValue());
            bytes = ((Number) b.js("var e = performance.getEntriesByType('resource').filter(function (r) {"
                    + " return r.name.indexOf('/api/events/points') >= 0; })[0]; return e.transferSize;")).longValue();
        }
        b.shot("map-100k.png");
        String line = String.format(Locale.ROOT, "map first paint, %,d events: median %d ms from navigation start "
                + "(runs %s); points request median %d ms (runs %s), %,d bytes", EVENTS + 3, median(paint), paint,
                median(fetch), fetch, bytes);
        System.out.println(line);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("map-first-paint.txt"), line + "\n");
    }
}
