package org.crosscheck.ledger.store;

import java.time.Instant;
import org.crosscheck.ledger.MatchDecision;

/** A new row of {@code match_decision}: why a report event is in a ledger event, or why two events became one. */
public record DecisionRow(long ledgerEventId, Long reportId, String eventLocal, MatchDecision.Kind decision,
                          Double score, String reasons, String decidedBy, Instant decidedAt) {
    public DecisionRow {
        reasons = Columns.cut(reasons, 8000);
        decidedBy = Columns.cut(decidedBy, 200);
    }

    /** A decision about a whole ledger event (a merge), not about one report event. */
    public static DecisionRow aboutEvent(long ledgerEventId, MatchDecision.Kind decision, String reasons, String who,
                                         Instant at) {
        return new DecisionRow(ledgerEventId, null, null, decision, null, reasons, who, at);
    }
}
