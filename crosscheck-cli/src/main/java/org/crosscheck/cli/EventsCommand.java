package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.LedgerEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crosscheck events}: the ledger's events as a table, newest first. */
@Command(name = "events", sortOptions = false, mixinStandardHelpOptions = true,
        description = "List ledger events, newest first.")
final class EventsCommand extends LedgerCommand {
    @Mixin
    LedgerFilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N events (${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run(Ledger ledger, PrintWriter out) {
        List<LedgerEvent> events = ledger.events(filters.query(limit));
        out.printf("%-7s %-10s %-10s %-27s %-24s %-22s %-22s %4s %6s %s%n", "ID", "START", "END", "TYPE",
                "LOCATION", "ACTOR1", "ACTOR2", "REP", "CLAIMS", "CONTESTED");
        for (LedgerEvent e : events) {
            out.printf("%-7s %-10s %-10s %-27s %-24s %-22s %-22s %4d %6d %s%n",
                    e.id() + (e.parentId() == null ? "" : "^" + e.parentId()), e.startDate(), e.endDate(),
                    cut(e.eventType().toString(), 27), cut(e.location() + (e.country() == null ? "" : ", " + e.country()), 24),
                    cut(e.actor1(), 22), cut(e.actor2(), 22), e.reportCount(), e.claimCount(),
                    e.contested() ? "yes" : "");
        }
        out.printf("%d events (ID^P: an incident of operation P)%n", events.size());
        return Main.EXIT_OK;
    }

    static String cut(String s, int n) {
        if (s == null) {
            return "-";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
