package org.crosscheck.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Estimate;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;

/**
 * One ledger event as the events list shows it: the ledger's columns, the deaths under the conservative
 * ({@code acled}) policy and the {@code range} policy, and who makes claims about it. Immutable.
 */
public record EventSummary(long id, Long parentId, String eventType, String subEventType, LocalDate startDate,
                           LocalDate endDate, String timePrecision, String country, String admin1, String admin2,
                           String location, Double latitude, Double longitude, Integer geoPrecision, String actor1,
                           String actor2, boolean contested, int reportCount, int claimCount, Integer fatalities,
                           Estimate fatalitiesRange, List<String> claimants) {
    public EventSummary {
        claimants = List.copyOf(claimants);
    }

    public static EventSummary of(LedgerEvent e, Reconciliation r) {
        Set<String> claimants = new LinkedHashSet<>();
        for (VictimGroup g : r.groups()) {
            g.figures().forEach(f -> claimants.add(f.claimant()));
        }
        r.otherClaims().forEach(f -> claimants.add(f.claimant()));
        Estimate acled = r.fatalities(EstimatePolicy.ACLED);
        return new EventSummary(e.id(), e.parentId(), e.eventType().toString(), e.subEventType(), e.startDate(),
                e.endDate(), Objects.toString(e.timePrecision(), null), e.country(), e.admin1(), e.admin2(), e.location(), e.latitude(), e.longitude(),
                e.geoPrecision(), e.actor1(), e.actor2(), e.contested() || r.contested(), e.reportCount(),
                e.claimCount(), acled.best(), r.fatalities(EstimatePolicy.RANGE), new ArrayList<>(claimants));
    }

    /** Every claim figure of a reconciliation, casualty groups first. */
    static List<ClaimFigure> figures(Reconciliation r) {
        List<ClaimFigure> out = new ArrayList<>();
        r.groups().forEach(g -> out.addAll(g.figures()));
        out.addAll(r.otherClaims());
        return out;
    }
}
