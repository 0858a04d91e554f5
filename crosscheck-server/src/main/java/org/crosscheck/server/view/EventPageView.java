package org.crosscheck.server.view;

import java.util.List;
import org.crosscheck.ledger.DetachedClaim;
import org.crosscheck.ledger.Estimate;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.HistoryEntry;
import org.crosscheck.ledger.MatchDecision;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.ReportRef;

/**
 * Everything an event's page shows: the event, its claims side by side per victims' group with each policy's
 * estimate, the contradictions in words, its sources, the matcher's and analysts' decisions and its history; apart
 * from the reported claims, the analysts' own figures ({@code analystEstimate} the deaths under the {@code analyst}
 * policy) and the claims an analyst detached onto or out of it. Immutable.
 */
public record EventPageView(EventView event, boolean contested, List<String> explanation,
                            List<String> contestReasons, List<GroupView> groups, List<FigureView> otherClaims,
                            Estimates estimates, List<ReportRef> reports, List<Long> children,
                            List<MatchDecision> decisions, List<HistoryEntry> history,
                            List<AnalystFigureView> analystFigures, Estimate analystEstimate,
                            List<DetachedView> detached) {

    public static EventPageView of(Explanation why, List<HistoryEntry> history, List<DetachedClaim> detached) {
        Reconciliation r = why.reconciliation();
        return new EventPageView(EventView.of(why.event(), r), r.contested() || why.event().contested(),
                Explain.sentences(r), r.contestReasons(),
                r.groups().stream().map(g -> GroupView.of(g, r.significant())).toList(),
                r.otherClaims().stream().map(f -> FigureView.of(f, null)).toList(),
                new Estimates(r.fatalities(EstimatePolicy.ACLED), r.fatalities(EstimatePolicy.RANGE)), why.reports(),
                why.children(), why.decisions(), List.copyOf(history),
                r.analystFigures().stream().map(AnalystFigureView::of).toList(),
                r.fatalities(EstimatePolicy.ANALYST), detached.stream().map(DetachedView::of).toList());
    }
}
