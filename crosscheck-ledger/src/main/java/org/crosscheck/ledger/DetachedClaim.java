package org.crosscheck.ledger;

import org.crosscheck.model.Outcome;

/**
 * A claim an analyst took out of the event its report event is in ({@code homeEventId}): it is now on
 * {@code ledgerEventId}, or its report's context when that is null. The claim's own words as extracted:
 * {@code claimant}, {@code countText}, {@code outcome} and {@code victims} (null for a claim that is not about
 * casualties), {@code objectText} (what a claim of another kind is about).
 */
public record DetachedClaim(long reportId, String localId, Long ledgerEventId, Long homeEventId, String claimant,
                            String countText, String objectText, Outcome outcome, String victims) {
    /** {@code reportId/localId}, as claims are named everywhere. */
    public String claimId() {
        return reportId + "/" + localId;
    }

    /** The claim in words, attributed: "Camp Monitor sources: no one was killed (killed)". */
    public String statement() {
        return claimant + ": " + (countText != null ? countText : objectText != null ? objectText
                : "a claim about the event")
                + (outcome == null ? "" : " (" + (victims == null ? "" : victims + " ") + outcome + ")");
    }
}
