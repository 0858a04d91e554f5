package org.crosscheck.ledger;

import java.time.LocalDate;
import org.crosscheck.model.EventType;

/**
 * One incident of the ledger, as drawn from every report about it (the columns follow ACLED's names).
 * {@code parentId} is the operation it belongs to; {@code reportCount} counts current, non-duplicate reports.
 * {@code timePrecision} is the finest precision the reports give for its start date.
 */
public record LedgerEvent(long id, Long parentId, EventType eventType, String subEventType, LocalDate startDate,
                          LocalDate endDate, DatePrecision timePrecision, String country, String admin1, String admin2,
                          String location, Double latitude, Double longitude, Integer geoPrecision,
                          String actor1, String actor2, boolean contested, int reportCount, int claimCount) {
}
