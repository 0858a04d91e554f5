package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * "[12/36] 011.txt (8.1 s)" on stderr every few reports of a long batch. Enabled when the batch has
 * {@link #LONG_BATCH} reports or more, or when there is more than one and the session is interactive.
 */
final class Progress {
    static final int LONG_BATCH = 10;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final int every;
    private final long start = System.nanoTime();
    private int done;

    Progress(PrintWriter err, int total, boolean quiet) {
        this.err = err;
        this.total = total;
        this.enabled = !quiet && total > 1 && (total >= LONG_BATCH || System.console() != null);
        this.every = Math.max(1, total / 20);
    }

    boolean enabled() {
        return enabled;
    }

    void note(String message) {
        if (enabled) {
            synchronized (err) {
                err.println("crosscheck: " + message);
                err.flush();
            }
        }
    }

    /** One more report finished (successfully or not). */
    synchronized void tick(String name) {
        done++;
        if (enabled && (done % every == 0 || done == total)) {
            synchronized (err) {
                err.printf(Locale.ROOT, "[%d/%d] %s (%.1f s)%n", done, total, name,
                        (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        }
    }
}
