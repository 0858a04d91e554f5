package org.crosscheck.server.view;

import java.util.List;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Outcome;

/** Every claimant's figure for one victims' side and outcome, side by side, with each policy's estimate. Immutable. */
public record GroupView(String victims, ActorKind victimsKind, Outcome outcome, boolean contested,
                        List<String> contestReasons, Estimates estimates, List<FigureView> figures) {
    public GroupView {
        contestReasons = List.copyOf(contestReasons);
        figures = List.copyOf(figures);
    }

    public static GroupView of(VictimGroup g, boolean significant) {
        return new GroupView(g.victims(), g.victimsKind(), g.outcome(), g.contested(), g.contestReasons(),
                new Estimates(EstimatePolicy.ACLED.estimate(g, significant), EstimatePolicy.RANGE.estimate(g,
                        significant)),
                g.figures().stream().map(f -> FigureView.of(f, g)).toList());
    }
}
