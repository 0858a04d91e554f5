package org.crosscheck.ledger;

import java.util.List;
import org.crosscheck.model.Outcome;

/**
 * All claims about one ledger event side by side: casualty figures grouped by victims and outcome, denials and
 * other claims, and whether the event is contested (any group contested, or a party denies what another
 * asserts). {@code significant} feeds the {@code acled} policy's rule for unnumbered deaths.
 */
public record Reconciliation(long eventId, List<VictimGroup> groups, List<ClaimFigure> otherClaims,
                             boolean contested, List<String> contestReasons, boolean significant) {
    public Reconciliation {
        groups = List.copyOf(groups);
        otherClaims = List.copyOf(otherClaims);
        contestReasons = List.copyOf(contestReasons);
    }

    /** Deaths under a policy: the sum over victims' sides of each side's estimate. */
    public Estimate fatalities(EstimatePolicy policy) {
        Estimate total = Estimate.NONE;
        for (VictimGroup g : groups) {
            if (g.outcome() == Outcome.KILLED) {
                total = total.plus(policy.estimate(g, significant));
            }
        }
        return total;
    }
}
