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
 * last run finish and checks that every report is there exactly once. The moments are chosen from the child's
 * progress, not from the clock, so that the drill does the same on a busy machine as on an idle one: every fourth
 * kill while the process starts, the others a few milliseconds after it has committed a random number of reports,
 * so that they land inside or between transactions.
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
            long delay = rnd.nextInt(k % 4 == 3 ? 1500 : 30);
            String when;
            if (k % 4 == 3) {
                // Every fourth kill lands while the process starts: opening, maybe creating the schema.
                when = "after " + delay + " ms";
            } else {
                // The others just after the child has committed some reports: in the next transaction, or between.
                int commits = 1 + rnd.nextInt(40);
                awaitCommits(p, commits);
                when = delay + " ms after " + commits + " commits";
            }
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Linux
                p.waitFor();
            }
            List<String> problems = CrashDrill.verify(url, -1);
            assertTrue(problems.isEmpty(), "after kill " + (k + 1) + ": " + problems);
            long stored;
            try (Ledger l = Ledger.open(url)) {
                stored = l.stats().reports();
            }
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
        assertTrue(killedWhileIngesting >= KILLS / 3, "kills landed mid-ingest: " + killedWhileIngesting);
    }

    /** Reads the child's output until it has committed {@code n} reports (or ended). */
    private static void awaitCommits(Process p, int n) throws java.io.IOException {
        var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        int seen = 0;
        String line;
        while (seen < n && (line = lines.readLine()) != null) {
            if (line.startsWith("stored ")) {
                seen++;
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
