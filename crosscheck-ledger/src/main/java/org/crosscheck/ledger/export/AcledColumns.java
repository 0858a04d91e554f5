package org.crosscheck.ledger.export;

import java.time.LocalDate;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.EventType;

/**
 * The ACLED columns of an exported row, in ACLED's order (the record's order is the file's), meaning what ACLED's
 * codebook says they mean, so that existing scripts read the file.
 */
record AcledColumns(String eventIdCnty, LocalDate eventDate, Integer year, int timePrecision, EventType eventType,
                    String subEventType, String actor1, String actor2, String country, String admin1, String admin2,
                    String location, Double latitude, Double longitude, Integer geoPrecision, String source,
                    String notes, int fatalities) {
    static AcledColumns of(LedgerEvent e, String source, String notes, SideFigures fig) {
        return new AcledColumns((e.country() == null ? "XX" : e.country()) + "-CC" + e.id(), e.startDate(),
                e.startDate() == null ? null : e.startDate().getYear(), timePrecision(e.timePrecision()),
                e.eventType(), e.subEventType(), e.actor1(), e.actor2(), e.country(), e.admin1(), e.admin2(),
                e.location(), e.latitude(), e.longitude(), e.geoPrecision(), source, notes,
                fig.total().best() == null ? 0 : fig.total().best());
    }

    /** ACLED: 1 the day is known, 2 the week, 3 the month or coarser; a publication date counts as the week. */
    private static int timePrecision(DatePrecision p) {
        if (p == null) {
            return 2;
        }
        return switch (p) {
            case MINUTE, HOUR, DAY -> 1;
            case WEEK, PUBLISHED -> 2;
            default -> 3;
        };
    }
}
