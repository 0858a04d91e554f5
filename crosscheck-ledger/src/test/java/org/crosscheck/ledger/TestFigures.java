package org.crosscheck.ledger;

import java.util.Locale;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;

/** Hand-made claim figures for the policy, contest and notes tests. */
public final class TestFigures {
    private TestFigures() {
    }

    /** A figure for soldiers killed. */
    public static ClaimFigure fig(String claimant, boolean party, boolean ownSide, String stance, Integer low,
                                  Integer high, boolean vague, String text) {
        return new ClaimFigure("1/" + claimant + low, 1, "r.txt", null, claimant, null, party, ownSide,
                Stance.valueOf(stance.toUpperCase(Locale.ROOT)), ClaimKind.CASUALTIES, Outcome.KILLED, "Soldiers", null,
                "soldiers", ActorKind.STATE_FORCES, low, high, vague, text, null, text);
    }

    /** A claimant's denial that the event took place. */
    public static ClaimFigure denial(String claimant, String evidence) {
        return new ClaimFigure("1/d", 1, "r", null, claimant, null, true, false, Stance.DENIES, ClaimKind.OCCURRENCE,
                null, null, null, null, null, null, null, null, null, null, evidence);
    }
}
