package org.crosscheck.ledger;

import java.util.List;

/**
 * Every claimant's figure for one victims' side and one outcome of an event ({@code outcome} "killed" also
 * holds executions), whether they cannot all be true, and why.
 */
public record VictimGroup(String victims, String victimsKey, String victimsKind, String outcome,
                          List<ClaimFigure> figures, boolean contested, List<String> contestReasons) {
    public VictimGroup {
        figures = List.copyOf(figures);
        contestReasons = List.copyOf(contestReasons);
    }
}
