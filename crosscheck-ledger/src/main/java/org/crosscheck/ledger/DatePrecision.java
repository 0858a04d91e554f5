package org.crosscheck.ledger;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.crosscheck.model.TimePrecision;

/**
 * How finely a ledger event's date is known, finest first: the model's {@link TimePrecision}s, and
 * {@link #PUBLISHED} when no report dated the incident and the publication date stands in for it.
 * {@link #toString()} is the stored code.
 */
public enum DatePrecision {
    MINUTE, HOUR, DAY, WEEK, MONTH, YEAR, PUBLISHED;

    public static DatePrecision of(TimePrecision p) {
        return p == null ? null : valueOf(p.name());
    }

    /** The finer of the two; null counts as unknown, never finer. */
    public static DatePrecision finer(DatePrecision a, DatePrecision b) {
        if (a == null) {
            return b;
        }
        return b == null || a.ordinal() <= b.ordinal() ? a : b;
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
