package org.crosscheck.ledger.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.ReportClaims;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.Claim;

/**
 * Issue 11, "no report's claims lost" on a whole ledger: each report's extracted claims (as stored with it) are all
 * held, each either for an event or as the report's background, never both; and no background figure is among
 * the claims any event counts (so none reaches an export's fatalities).
 */
final class EveryClaimKept {
    private EveryClaimKept() {
    }

    static boolean check(Ledger ledger, PrintStream out) {
        int extracted = 0;
        int forEvents = 0;
        int background = 0;
        List<String> lost = new ArrayList<>();
        Set<String> backgroundIds = new HashSet<>();
        for (long id : ledger.reportIds()) {
            Set<String> want = new HashSet<>();
            for (Claim c : ledger.extraction(id).claims()) {
                want.add(c.id());
            }
            ReportClaims held = ledger.claims(id);
            Set<String> have = new HashSet<>(held.events().keySet());
            for (ClaimFigure f : held.background()) {
                String local = f.claimId().substring(f.claimId().indexOf('/') + 1);
                if (!have.add(local)) {
                    lost.add(id + "/" + local + " (counted twice)");
                }
                backgroundIds.add(f.claimId());
            }
            extracted += want.size();
            forEvents += held.events().size();
            background += held.background().size();
            Set<String> missing = new HashSet<>(want);
            missing.removeAll(have);
            missing.forEach(m -> lost.add(id + "/" + m));
        }
        List<String> leaked = new ArrayList<>();
        for (LedgerEvent e : ledger.events(EventQuery.all().withLimit(Integer.MAX_VALUE))) {
            var r = ledger.why(e.id()).reconciliation();
            for (VictimGroup g : r.groups()) {
                for (ClaimFigure f : g.figures()) {
                    if (backgroundIds.contains(f.claimId())) {
                        leaked.add(e.id() + ": " + f.claimId());
                    }
                }
            }
        }
        out.printf("Claims: %d extracted, %d held for events, %d as background; lost: %s; background figures "
                + "counted for an event: %s%n", extracted, forEvents, background, lost.isEmpty() ? "none" : lost,
                leaked.isEmpty() ? "none" : leaked);
        return lost.isEmpty() && leaked.isEmpty();
    }
}
