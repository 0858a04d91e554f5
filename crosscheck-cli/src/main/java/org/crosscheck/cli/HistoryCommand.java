package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crosscheck.ledger.HistoryEntry;
import org.crosscheck.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck history ID}: every version of an event, claim or report, with who, when and why. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show the versions of an event (ID), a claim (REPORT/LOCAL) or a report (report:ID).")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    LedgerOptions ledgerOptions;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = ledgerOptions.open(spec.commandLine())) {
            for (HistoryEntry h : ledger.history(id)) {
                out.printf("v%-3d %s  %-12s %s  (%s)%n", h.version(), h.at(), h.who(), h.what(), h.why());
            }
        } catch (java.util.NoSuchElementException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
            return Main.EXIT_FAILED;
        }
        return Main.EXIT_OK;
    }
}
