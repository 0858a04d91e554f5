package org.crosscheck.ledger;

import java.util.List;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Outcome;

/**
 * Every claimant's figure for one victims' side and one outcome of an event ({@code outcome} {@link Outcome#KILLED}
 * also holds executions), whether they cannot all be true, and why.
 */
public record VictimGroup(String victims, String victimsKey, ActorKind victimsKind, Outcome outcome,
                          List<ClaimFigure> figures, boolean contested, List<String> contestReasons) {
    public VictimGroup {
        figures = List.copyOf(figures);
        contestReasons = List.copyOf(contestReasons);
    }
}
