package org.crosscheck.ledger;

import java.time.Instant;
import org.crosscheck.model.Outcome;

/**
 * An analyst's own figure for an event: the analyst's claim, with who made it and why, kept apart from the figures
 * the reports give. It is never weighed against them (no contradiction, no policy but {@link EstimatePolicy#ANALYST}
 * counts it). {@code victims} null stands for everyone the outcome befell in the event; {@code withdrawnAt} is set
 * when the analyst took it back or a newer figure for the same victims replaced it.
 */
public record AnalystFigure(long id, long ledgerEventId, Outcome outcome, String victims, String victimsKey,
                            int figure, String who, String why, Instant madeAt, String withdrawnBy,
                            String withdrawnWhy, Instant withdrawnAt) {
    /** The claimant an export's claims table names for every analyst's figure. */
    public static final String CLAIMANT = "analyst";

    public boolean active() {
        return withdrawnAt == null;
    }

    /** Executions are deaths, as claims' figures are grouped and counted. */
    public Outcome outcomeGroup() {
        return outcome == Outcome.EXECUTED ? Outcome.KILLED : outcome;
    }

    /** The figure as a policy's estimate: low, best and high alike. */
    public Estimate estimate() {
        return new Estimate(figure, figure, figure);
    }

    /** What the analyst states, as the event page and the history show it: who, the figure, and why. */
    public String statement() {
        return "Analyst (editor " + who + ") codes " + figure + " " + (victims == null ? "" : victims + " ") + outcome
                + ": " + why;
    }
}
