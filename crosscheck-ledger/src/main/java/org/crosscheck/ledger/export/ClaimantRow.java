package org.crosscheck.ledger.export;

import org.crosscheck.ledger.AnalystFigure;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;

/**
 * One claim about an exported event, in the {@code claimants} column: who claims what, about which event, from
 * which report. {@code victims} as the claim names them, {@code victimsSide} the side they are grouped under. An
 * analyst's own figure is listed too, as claimant {@value AnalystFigure#CLAIMANT} with the editor in {@code via},
 * its reason as evidence and no report.
 */
record ClaimantRow(String claimId, long eventId, String claimant, String via, boolean party, Stance stance,
                   ClaimKind kind, Outcome outcome, String victims, String victimsSide, Integer low, Integer high,
                   Boolean vague, String object, String evidence, String text, Long reportId, String reportFile) {
    static ClaimantRow of(long eventId, ClaimFigure f) {
        return new ClaimantRow(f.claimId(), eventId, f.claimant(), f.via(), f.party(), f.stance(), f.kind(),
                f.outcome(), f.victimsNamed(), f.victims(), f.low(), f.high(), f.vague(), f.object(), f.evidence(),
                f.countText(), f.reportId(), f.reportName());
    }

    static ClaimantRow of(long eventId, AnalystFigure f) {
        return new ClaimantRow("analyst:" + f.id(), eventId, AnalystFigure.CLAIMANT, f.who(), false, Stance.ASSERTS,
                ClaimKind.CASUALTIES, f.outcome(), f.victims(), f.victims(), f.figure(), f.figure(), false, null,
                f.why(), String.valueOf(f.figure()), null, null);
    }
}
