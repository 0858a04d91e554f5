package org.crosscheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.LongSupplier;
import picocli.CommandLine;

/** One run of the command line with captured output. */
record CliRun(int exit, String out, String err) {
    static CliRun run(ExtractorFactory factory, String... args) {
        return run(Main.commandLine(factory), args);
    }

    /** A run whose reports' time budgets are measured on {@code nanos}. */
    static CliRun run(ExtractorFactory factory, LongSupplier nanos, String... args) {
        return run(Main.commandLine(factory, nanos), args);
    }

    private static CliRun run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
