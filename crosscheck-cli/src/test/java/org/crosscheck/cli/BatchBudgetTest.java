package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a report over its time budget fails alone, with one line, and the batch goes on. The budget runs on a
 * fake clock that the slow report itself moves past the budget, so no verdict depends on how busy the machine is.
 */
class BatchBudgetTest {
    private static final String GOOD = "Gunmen attacked a police post on Monday, killing two officers, the police "
            + "said.\n";
    private static final String OTHER = "Floods cut the coastal highway for a third day and ferries stayed in port, "
            + "the harbour office said.\n";

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();
    private final FakeExtractor fake = new FakeExtractor();
    /** Counted down when the slow report's thread is interrupted: the budget stopped its work. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Reports whose body says SLOW move the clock an hour on and then work until they are interrupted. */
    private final ReportExtractor slowOrFake = source -> {
        if (!source.body().contains("SLOW")) {
            return fake.extract(source);
        }
        clock.addAndGet(TimeUnit.HOURS.toNanos(1));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            stopped.countDown();
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("interrupted");
    };

    private CliRun run(String... args) {
        return CliRun.run(config -> slowOrFake, clock::get, args);
    }

    private Path folder() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), GOOD);
        Files.writeString(reports.resolve("b-slow.txt"), "SLOW " + GOOD);
        Files.writeString(reports.resolve("c.txt"), OTHER);
        return reports;
    }

    @Test
    void anExtractionOverTheBudgetFailsWithOneLineAndIsInterrupted() throws Exception {
        BudgetedExtractor x = new BudgetedExtractor(() -> slowOrFake, Duration.ofSeconds(90), clock::get);
        ReportSource good = new ReportSource("a.txt", null, null, null, null, "en", Map.of(), GOOD, false);
        Extraction e = x.extract(good);
        assertEquals(1, e.claims().size());
        ReportSource slow = new ReportSource("b.txt", null, null, null, null, "en", Map.of(), "SLOW " + GOOD, false);
        BudgetedExtractor.OverBudget over = assertThrows(BudgetedExtractor.OverBudget.class, () -> x.extract(slow));
        assertEquals("not extracted within the time budget of 90s per report (--time-budget)", over.getMessage());
        assertTrue(stopped.await(1, TimeUnit.MINUTES), "the slow report's thread is interrupted");
        assertEquals(1, x.extract(good).claims().size(), "the next report runs as usual");
    }

    @Test
    void extractNamesTheReportOverTheBudgetAndPrintsTheOthers() throws Exception {
        CliRun r = run("extract", "--time-budget", "2m", "--threads", "1", folder().toString());
        assertEquals(1, r.exit(), r.err());
        List<String> out = r.out().lines().toList();
        assertEquals(2, out.size(), r.out());
        assertTrue(r.err().contains("b-slow.txt: not extracted within the time budget of 120s per report"), r.err());
        assertTrue(r.err().contains("1 of 3 reports failed:"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void ingestNamesTheReportOverTheBudgetAndStoresTheOthers() throws Exception {
        // One worker, as in the extract test: the slow report moves the one fake clock, which would put a report
        // extracted beside it over the budget too.
        CliRun r = run("ingest", "--time-budget", "30s", "--threads", "1", "--data", dir.resolve("data").toString(),
                folder().toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("stored")).count(), r.out());
        assertTrue(r.err().contains("b-slow.txt: not extracted within the time budget of 30s per report"), r.err());
        assertTrue(r.err().contains("1 of 3 reports failed:"), r.err());
    }

    @Test
    void ingestNamesAReportThatEndsInAnInternalErrorAndStoresTheOthers() throws Exception {
        Path reports = folder();
        Files.delete(reports.resolve("b-slow.txt"));
        Files.writeString(reports.resolve("b-crash.txt"), "CRASH " + GOOD);
        CliRun r = run("ingest", "--data", dir.resolve("data").toString(), reports.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("stored")).count(), r.out());
        assertTrue(r.err().contains("b-crash.txt: internal error: IllegalStateException: fake extractor crashed"),
                r.err());
        assertTrue(r.err().contains("run with --debug"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** Issue 14 (Low): "crosscheck --debug extract" used to ignore --debug and still say "run with --debug". */
    @Test
    void debugBeforeTheCommandShowsTheTrace() throws Exception {
        Path crash = Files.writeString(dir.resolve("crash.txt"), "CRASH " + GOOD);
        CliRun r = run("--debug", "extract", crash.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("\tat org.crosscheck.cli.FakeExtractor.extract"), r.err());
        assertFalse(r.err().contains("run with --debug"), r.err());
    }

    @Test
    void badTimeBudgetsAreUsageErrors() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        for (String bad : List.of("0s", "-5s", "soon", "5 days")) {
            CliRun r = run("extract", "--time-budget", bad, good.toString());
            assertEquals(Main.EXIT_USAGE, r.exit(), bad + ": " + r.err());
            assertTrue(r.err().startsWith("crosscheck: Invalid value for option '--time-budget'"), r.err());
        }
    }
}
