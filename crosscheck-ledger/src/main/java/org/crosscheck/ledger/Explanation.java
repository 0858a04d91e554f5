package org.crosscheck.ledger;

import java.util.List;

/**
 * What {@code crosscheck why EVENT_ID} shows: the event, every decision that put a report's event into it
 * (matcher's reasons or analyst's), the reports it draws on, its child incidents, and its claims reconciled.
 */
public record Explanation(LedgerEvent event, List<MatchDecision> decisions, List<ReportRef> reports,
                          List<Long> children, Reconciliation reconciliation) {
    public Explanation {
        decisions = List.copyOf(decisions);
        reports = List.copyOf(reports);
        children = List.copyOf(children);
    }
}
