package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crosscheck.ledger.bench.CrashDrill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills an ingest of 1,000 reports with SIGKILL at 20 moments (a child JVM, so the kill is real: no shutdown hook,
 * no finally block runs), checks after each kill that the store opens and holds only whole reports, then lets a
 * last run finish and checks that every report is there exactly once. Every moment is chosen from the child's
 * progress (the lines it prints as it goes), never from the clock, and the verdict reads only the store, so that
 * the drill does the same on a busy machine as on an idle one: every fourth kill as soon as the child says it opens
 * the store (while it opens or creates the schema), the others as soon as it has committed a random number of
 * reports (inside the next report's transaction, or between two).
 */
@Tag("slow")
class CrashTest {
    static final int REPORTS = 1000;
    static final int KILLS = 20;

    @TempDir
    Path tmp;

    static List<String> stores() {
        return TestStores.names();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void killingAnIngestAtRandomMomentsLosesAndDuplicatesNothing(String store) throws Exception {
        String url = TestStores.freshUrl(store, tmp);
        Random rnd = new Random(20261125L + store.hashCode());
        long storedBefore = 0;
        int killedWhileIngesting = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = child(url);
            // Every fourth kill lands while the process opens the store (maybe creating the schema); the others
            // just after the child has committed some reports.
            int commits = k % 4 == 3 ? 0 : 1 + rnd.nextInt(40);
            String when = commits == 0 ? "while opening" : "after " + commits + " commits";
            awaitProgress(p, commits);
            // Killed mid-ingest by construction: the child cannot have finished (at most 15 x 40 of 1,000 reports).
            assertTrue(commits == 0 || p.isAlive(), "the child ended before kill " + (k + 1));
            p.destroyForcibly(); // SIGKILL on Linux
            p.waitFor();
            List<String> problems = CrashDrill.verify(url, -1);
            assertTrue(problems.isEmpty(), "after kill " + (k + 1) + ": " + problems);
            long stored;
            try (Ledger l = Ledger.open(url)) {
                stored = l.stats().reports();
            }
            // Nothing the child said it stored is lost: every report before this run, and at least the commits it
            // announced before the kill (it may have committed more before the signal landed).
            assertTrue(stored >= storedBefore + commits,
                    "after kill " + (k + 1) + " " + when + ": " + stored + " reports stored, " + storedBefore
                            + " before and " + commits + " announced since");
            if (stored > storedBefore && stored < REPORTS) {
                killedWhileIngesting++;
            }
            System.out.printf("%s kill %d %s: %d reports stored, store whole%n", store, k + 1, when, stored);
            storedBefore = stored;
        }
        Process last = child(url);
        last.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the completing run finished");
        assertEquals(0, last.exitValue());
        List<String> problems = CrashDrill.verify(url, REPORTS);
        assertTrue(problems.isEmpty(), problems.toString());
        try (Ledger l = Ledger.open(url)) {
            Ledger.Stats s = l.stats();
            assertEquals(REPORTS, s.reports());
            assertEquals(REPORTS, s.distinctBodies());
            assertEquals(REPORTS * 4L, s.ledgerEvents());
            System.out.printf("%s: %d kills (%d during the ingest itself), then completed: %s%n", store, KILLS,
                    killedWhileIngesting, s);
        }
    }

    /**
     * Reads the child's output until it has committed {@code n} reports, or with {@code n} 0 until it starts to open
     * the store (or until it ends).
     */
    private static void awaitProgress(Process p, int n) throws java.io.IOException {
        var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        int seen = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (n == 0 && line.equals("opening") || line.startsWith("stored ") && ++seen >= n) {
                return;
            }
        }
    }

    private static Process child(String url) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashDrill.class.getName(), "ingest", url, String.valueOf(REPORTS), "2"));
        return new ProcessBuilder(cmd).redirectError(new File("/dev/null")).start();
    }
}
