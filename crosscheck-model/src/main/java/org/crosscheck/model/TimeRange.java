package org.crosscheck.model;

/**
 * When an event happened: ISO 8601 local date or date-time bounds ("2025-01-31T20:00"), with how precisely
 * the report gives it and the words it used. Immutable.
 */
public record TimeRange(String start, String end, TimePrecision precision, String text) {
    public TimeRange {
        if (start != null && !start.matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?")) {
            throw new IllegalArgumentException("not an ISO local date or date-time: " + start);
        }
        if (end != null && !end.matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?")) {
            throw new IllegalArgumentException("not an ISO local date or date-time: " + end);
        }
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new IllegalArgumentException("time ends before it starts: " + start + " .. " + end);
        }
    }
}
