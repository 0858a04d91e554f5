package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.MatchDecision;
import org.crosscheck.ledger.ReportRef;
import org.crosscheck.ledger.VictimGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crosscheck why EVENT_ID}: the reports of an event, why each is in it, and its claims side by side. */
@Command(name = "why", mixinStandardHelpOptions = true,
        description = "Explain a ledger event: its reports, the reasons each was matched, its claims.")
final class WhyCommand extends LedgerCommand {
    @Parameters(paramLabel = "EVENT_ID", description = "The ledger event's id, as 'crosscheck events' lists it.")
    long eventId;

    @Override
    int run(Ledger ledger, PrintWriter out) {
        Explanation x = ledger.why(eventId);
        LedgerEvent e = x.event();
        out.printf("Event %d: %s / %s, %s to %s, %s (%s, %s), %s vs %s%s%n", e.id(), e.eventType(), e.subEventType(),
                e.startDate(), e.endDate(), e.location(), e.admin1(), e.country(), e.actor1(), e.actor2(),
                e.parentId() == null ? "" : ", part of operation " + e.parentId());
        if (!x.children().isEmpty()) {
            out.println("Incidents of this operation: " + x.children());
        }
        out.println("\nReports:");
        for (ReportRef r : x.reports()) {
            out.printf("  report %d  %s  %s%s%s%n", r.id(), r.name(), r.url() == null ? "" : r.url(),
                    r.duplicateOf() == null ? "" : "  (copy of report " + r.duplicateOf() + ", not counted)",
                    r.current() ? "" : "  (superseded version)");
        }
        out.println("\nDecisions:");
        for (MatchDecision d : x.decisions()) {
            out.printf("  %s %s by %s%s: %s%n", d.decidedAt(), d.decision(), d.decidedBy(),
                    d.reportId() == null ? "" : " (report " + d.reportId() + " event " + d.eventLocal() + ")",
                    d.reasons());
        }
        out.println("\nClaims:");
        for (VictimGroup g : x.reconciliation().groups()) {
            out.printf("  %s %s%s%n", g.victims(), g.outcome(), g.contested() ? "  CONTESTED" : "");
            for (ClaimFigure f : g.figures()) {
                out.printf("    %-40s %-8s %-22s %s [claim %s]%n", f.claimant() + (f.party() ? " (party)" : ""),
                        f.stance(), f.figure(), f.evidence() == null ? "" : "\"" + f.evidence() + "\"",
                        f.claimId());
            }
            out.printf("    acled: %s   range: %s%n", EstimatePolicy.ACLED.estimate(g, x.reconciliation().significant()),
                    EstimatePolicy.RANGE.estimate(g, x.reconciliation().significant()));
        }
        for (ClaimFigure f : x.reconciliation().otherClaims()) {
            out.printf("  %s %s %s%s [claim %s]%n", f.claimant(), f.stance(), f.kind(),
                    f.object() == null ? "" : ": " + f.object(), f.claimId());
        }
        out.println(x.reconciliation().contested() ? "\nContested: " + String.join("; ",
                x.reconciliation().contestReasons()) : "\nNot contested.");
        return Main.EXIT_OK;
    }
}
