package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports of a batch that failed, each as one line "FILE: problem", printed as they happen and listed again
 * at the end of a batch of several, so that one bad report is named and the run goes on. Not thread-safe: the
 * collecting thread owns it.
 */
final class BatchFailures {
    private final PrintWriter err;
    private final boolean debug;
    private final List<String> lines = new ArrayList<>();
    private boolean internal;

    BatchFailures(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** @param cause the unexpected error behind the problem, or {@code null} for a problem of the input */
    void add(String line, Throwable cause) {
        lines.add(line);
        err.println("crosscheck: " + line);
        if (cause != null) {
            internal = true;
            if (debug) {
                cause.printStackTrace(err);
            }
        }
        err.flush();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    int size() {
        return lines.size();
    }

    /** The closing list (for a batch of several) and the hint about --debug when an error was unexpected. */
    void summarize(int reports) {
        if (lines.isEmpty()) {
            return;
        }
        if (reports > 1) {
            err.println("crosscheck: " + lines.size() + " of " + reports + " reports failed:");
            lines.forEach(f -> err.println("  " + f));
        }
        if (internal && !debug) {
            err.println("crosscheck: run with --debug for stack traces of internal errors");
        }
        err.flush();
    }
}
