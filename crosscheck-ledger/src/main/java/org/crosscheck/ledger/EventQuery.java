package org.crosscheck.ledger;

import java.time.LocalDate;

/**
 * A filter over ledger events; null fields do not filter. {@code actor} and {@code claimant} match any name or
 * alias a report used (case and punctuation ignored). Results are newest first, {@code limit} at most.
 */
public record EventQuery(LocalDate from, LocalDate to, String country, String admin1, String actor,
                         String claimant, Boolean contested, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 100;

    public EventQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventQuery withLimit(int newLimit) {
        return new EventQuery(from, to, country, admin1, actor, claimant, contested, newLimit, offset);
    }
}
