package org.crosscheck.ledger.store;

import java.time.LocalDate;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.model.EventType;

/**
 * A row of {@code report_event}: one report's own event as it was extracted (its date as the report gave it and as
 * days, its place, its actors' names, and the name keys matching compares), and the ledger event it is evidence
 * for. {@code placeKeys} and {@code actorKeys} are {@link KeyList}s.
 */
public record ReportEventRow(long reportId, String localId, Long ledgerEventId, String parentLocal,
                             EventType eventType, String subEventType, String timeStart, String timeEnd,
                             LocalDate startDate, LocalDate endDate, DatePrecision timePrecision, String placeName,
                             String placeKeys, Double latitude, Double longitude, String country, String admin1,
                             String admin2, Integer geoPrecision, String actorNames, String actorKeys) {
    public ReportEventRow {
        placeName = Columns.cut(placeName, 500);
        placeKeys = Columns.cut(placeKeys, 4000);
        admin1 = Columns.cut(admin1, 300);
        admin2 = Columns.cut(admin2, 300);
        actorNames = Columns.cut(actorNames, 4000);
        actorKeys = Columns.cut(actorKeys, 8000);
    }

    /** The same report event, put in ledger event {@code id}. */
    public ReportEventRow in(long id) {
        return new ReportEventRow(reportId, localId, id, parentLocal, eventType, subEventType, timeStart, timeEnd,
                startDate, endDate, timePrecision, placeName, placeKeys, latitude, longitude, country, admin1, admin2,
                geoPrecision, actorNames, actorKeys);
    }
}
