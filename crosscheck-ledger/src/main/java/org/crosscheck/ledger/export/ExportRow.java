package org.crosscheck.ledger.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.ledger.AnalystFigure;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.ReportRef;
import org.crosscheck.ledger.VictimGroup;

/**
 * One exported event, an operation with its incidents folded in: their claims appear in the notes and claimants,
 * and deaths per victims' side are the larger of the operation's own figure and the sum of its incidents'.
 */
record ExportRow(LedgerEvent event, AcledColumns acled, UcdpColumns ucdp, CrosscheckColumns crosscheck,
                 List<ReportRef> reports) {
    static ExportRow of(LedgerEvent e, Reconciliation own, List<Reconciliation> children, List<Long> childIds,
                        List<ReportRef> reports, EstimatePolicy policy, Long timestamp) {
        SideFigures fig = SideFigures.of(e, own, children, policy);
        List<Reconciliation> all = new ArrayList<>();
        all.add(own);
        all.addAll(children);
        Set<String> reasons = new LinkedHashSet<>();
        all.forEach(r -> reasons.addAll(r.contestReasons()));
        List<ClaimantRow> claimants = new ArrayList<>();
        for (Reconciliation r : all) {
            for (VictimGroup g : r.groups()) {
                for (ClaimFigure f : g.figures()) {
                    claimants.add(ClaimantRow.of(r.eventId(), f));
                }
            }
            for (ClaimFigure f : r.otherClaims()) {
                claimants.add(ClaimantRow.of(r.eventId(), f));
            }
        }
        // An analyst's figure is listed beside the claims, under its own claimant, and is no source of the event.
        for (Reconciliation r : all) {
            r.analystFigures().stream().filter(AnalystFigure::active)
                    .forEach(f -> claimants.add(ClaimantRow.of(r.eventId(), f)));
        }
        // Copies and superseded versions are evidence, not sources counted again.
        String source = reports.stream().filter(r -> r.duplicateOf() == null && r.current())
                .map(r -> r.outlet() != null ? r.outlet() : r.name()).distinct().collect(Collectors.joining("; "));
        CrosscheckColumns crosscheck = new CrosscheckColumns(e.id(), childIds, policy.name(), fig.total().low(),
                fig.total().best(), fig.total().high(), all.stream().anyMatch(Reconciliation::contested),
                new ArrayList<>(reasons), new CrosscheckColumns.Claimants(claimants),
                reports.stream().map(ReportRef::id).toList(), reports.stream().map(ReportRef::name).toList(),
                reports.stream().map(ReportRef::url).filter(Objects::nonNull).toList());
        List<ReportRef> counted = reports.stream().filter(r -> r.duplicateOf() == null && r.current()).toList();
        UcdpColumns.Sources sources = new UcdpColumns.Sources(counted.size(), source,
                counted.stream().map(ReportRef::url).filter(Objects::nonNull).distinct()
                        .collect(Collectors.joining("; ")),
                counted.stream().map(ReportRef::published).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null),
                claimants.stream().filter(c -> c.reportId() != null).map(ClaimantRow::claimant)
                        .filter(Objects::nonNull).distinct()
                        .collect(Collectors.joining("; ")));
        ExportActors actors = ExportActors.of(all);
        String notes = Notes.write(all);
        if (policy.countsAnalystFigures()) {
            // The row's figures may be an analyst's, not a report's: the notes say whose.
            String analyst = all.stream().flatMap(r -> r.analystFigures().stream()).filter(AnalystFigure::active)
                    .map(AnalystFigure::statement).collect(Collectors.joining("; "));
            notes = analyst.isEmpty() ? notes : (notes == null || notes.isEmpty() ? "" : notes + " ") + analyst + ".";
        }
        return new ExportRow(e, AcledColumns.of(e, source, notes, fig, actors, timestamp),
                UcdpColumns.of(e, sources, fig, actors), crosscheck, reports);
    }
}
