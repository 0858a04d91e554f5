package org.crosscheck.model;

/** How finely a time is known; {@link #toString()} is the wire code. */
public enum TimePrecision {
    MINUTE, HOUR, DAY, WEEK, MONTH, YEAR;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
