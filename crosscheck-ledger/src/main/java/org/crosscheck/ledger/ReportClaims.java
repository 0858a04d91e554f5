package org.crosscheck.ledger;

import java.util.List;
import java.util.Map;

/**
 * A report's claims as the ledger holds them: {@code events}, the ledger event each claim that counts for an
 * incident is in (by the claim's id in the report), and {@code background}, the figures the report ties to no
 * incident (a war's toll, a year's total), kept as its context and counted in no event or export. Every claim of
 * the report is in one of the two. Immutable.
 */
public record ReportClaims(long reportId, Map<String, Long> events, List<ClaimFigure> background) {
    public ReportClaims {
        events = Map.copyOf(events);
        background = List.copyOf(background);
    }
}
