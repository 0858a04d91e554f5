package org.crosscheck.server.search;

import java.time.LocalDate;

/**
 * The filters of the events list; null does not filter. {@code actor} and {@code claimant} match any name or
 * alias a report gave; {@code type} is an ACLED event type; {@code topLevel} keeps events that are not incidents
 * of an operation. Immutable.
 */
public record EventFilter(LocalDate from, LocalDate to, String country, String admin1, String actor, String claimant,
                          String type, Boolean contested, Boolean topLevel) {
    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, null, null, null);
    }
}
