package org.crosscheck.server.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.Estimate;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.model.EventType;

/**
 * One ledger event as the events list shows it (and as the head of its page): a title written from its claims
 * ({@link EventTitle}), the ledger's columns, the deaths
 * under the conservative ({@code acled}) policy and the {@code range} policy, and who makes claims about it.
 * Immutable.
 */
public record EventView(long id, String title, Long parentId, EventType eventType, String subEventType, LocalDate startDate,
                        LocalDate endDate, DatePrecision timePrecision, String country, String admin1, String admin2,
                        String location, Double latitude, Double longitude, Integer geoPrecision, String actor1,
                        String actor2, boolean contested, int reportCount, int claimCount, Integer fatalities,
                        Estimate fatalitiesRange, List<String> claimants) {
    public EventView {
        claimants = List.copyOf(claimants);
    }

    public static EventView of(LedgerEvent e, Reconciliation r) {
        List<ClaimFigure> figures = figures(r);
        Set<String> claimants = new LinkedHashSet<>();
        figures.forEach(f -> claimants.add(f.claimant()));
        String type = e.subEventType() != null ? e.subEventType() : Objects.toString(e.eventType(), null);
        return new EventView(e.id(), EventTitle.of(figures, e.location(), type), e.parentId(), e.eventType(),
                e.subEventType(), e.startDate(), e.endDate(),
                e.timePrecision(), e.country(), e.admin1(), e.admin2(), e.location(), e.latitude(), e.longitude(),
                e.geoPrecision(), e.actor1(), e.actor2(), e.contested() || r.contested(), e.reportCount(),
                e.claimCount(), r.fatalities(EstimatePolicy.ACLED).best(), r.fatalities(EstimatePolicy.RANGE),
                new ArrayList<>(claimants));
    }

    /** Every claim figure of a reconciliation, casualty groups first. */
    public static List<ClaimFigure> figures(Reconciliation r) {
        List<ClaimFigure> out = new ArrayList<>();
        r.groups().forEach(g -> out.addAll(g.figures()));
        out.addAll(r.otherClaims());
        return out;
    }
}
