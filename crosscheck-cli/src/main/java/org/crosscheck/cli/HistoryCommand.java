package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.ledger.HistoryEntry;
import org.crosscheck.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crosscheck history ID}: every version of an event, claim or report, with who, when and why. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show the versions of an event (ID), a claim (REPORT/LOCAL) or a report (report:ID).")
final class HistoryCommand extends LedgerCommand {
    @Parameters(paramLabel = "ID",
            description = "An event (42 or event:42), a claim (7/c3 or claim:7/c3) or a report (report:7).")
    String id;

    @Override
    int run(Ledger ledger, PrintWriter out) {
        for (HistoryEntry h : ledger.history(id)) {
            out.printf("v%-3d %s  %-12s %s  (%s)%n", h.version(), h.at(), h.who(), h.what(), h.why());
        }
        return Main.EXIT_OK;
    }
}
