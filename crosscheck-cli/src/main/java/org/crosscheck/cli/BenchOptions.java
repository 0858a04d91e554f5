package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every scoring benchmark takes: the corpus (a file or folder, described by the command) and {@code --json}. */
public final class BenchOptions {
    @Parameters(paramLabel = "CORPUS", description = "The corpus to score (see the command's description).")
    Path corpus;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    /** Prints the figures as a table, or as one JSON line with {@code --json}. */
    void print(PrintWriter out, String table, String jsonLine) {
        out.print(json ? jsonLine + System.lineSeparator() : table);
        out.flush();
    }
}
