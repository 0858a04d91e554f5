package org.crosscheck.server.view;

import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;

/**
 * One claim's figure on an event's page: which claim of which report, the claim's own fields (as the JSON export
 * writes them), and the claim in one attributed sentence. {@code victims} is how the claim names the victims,
 * {@code victimsSide} the side they are grouped under. Immutable.
 */
public record FigureView(String claimId, long reportId, String reportName, String claimant, String via,
                         boolean party, Stance stance, ClaimKind kind, Outcome outcome, String victims,
                         String victimsSide, Integer low, Integer high, Boolean vague, String object, String evidence,
                         boolean ownSide, String countText, String statement) {

    /** A figure of a victims' group ({@code group} set) or another claim about the event ({@code group} null). */
    public static FigureView of(ClaimFigure f, VictimGroup group) {
        return new FigureView(f.claimId(), f.reportId(), f.reportName(), f.claimant(), f.via(), f.party(), f.stance(),
                f.kind(), f.outcome(), f.victimsNamed(), f.victims(), f.low(), f.high(), f.vague(), f.object(),
                f.evidence(), f.ownSide(), f.countText(), group == null ? Explain.other(f) : Explain.figure(f, group));
    }
}
