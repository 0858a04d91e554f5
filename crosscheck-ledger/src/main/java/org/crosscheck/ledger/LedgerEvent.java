package org.crosscheck.ledger;

import java.time.LocalDate;

/**
 * One incident of the ledger, as drawn from every report about it (the columns follow ACLED's names).
 * {@code parentId} is the operation it belongs to; {@code reportCount} counts current, non-duplicate reports.
 * {@code timePrecision} is the finest precision the reports give (day, hour…, or {@code published} when only
 * the publication date was known).
 */
public record LedgerEvent(long id, Long parentId, String eventType, String subEventType, LocalDate startDate,
                          LocalDate endDate, String timePrecision, String country, String admin1, String admin2,
                          String location, Double latitude, Double longitude, Integer geoPrecision,
                          String actor1, String actor2, boolean contested, int reportCount, int claimCount) {
}
