package org.crosscheck.server.view;

import java.time.Instant;
import org.crosscheck.ledger.AnalystFigure;
import org.crosscheck.model.Outcome;

/**
 * An analyst's own figure on an event's page, apart from the reported claims: the figure, who set it and why, and
 * whether it still stands ({@code active}) or was withdrawn, by whom and why. Immutable.
 */
public record AnalystFigureView(long id, Outcome outcome, String victims, int figure, String who, String why,
                                Instant madeAt, boolean active, String withdrawnBy, String withdrawnWhy,
                                Instant withdrawnAt, String statement) {
    public static AnalystFigureView of(AnalystFigure f) {
        return new AnalystFigureView(f.id(), f.outcome(), f.victims(), f.figure(), f.who(), f.why(), f.madeAt(),
                f.active(), f.withdrawnBy(), f.withdrawnWhy(), f.withdrawnAt(), f.statement());
    }
}
