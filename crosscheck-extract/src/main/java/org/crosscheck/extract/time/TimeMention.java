package org.crosscheck.extract.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;

/**
 * One resolved time expression of a report: the period it names, from {@code date} to {@code lastDate}
 * (inclusive; the same day for a date, Monday..Sunday for a week, the whole month or year, the evening and the
 * following morning for a night), the clock time when the report gives one, and its role in what is told
 * ("began at" → {@link Role#START}, "lasted until" → {@link Role#END}). Immutable.
 *
 * @param span     the words of the report (offsets into the body)
 * @param sentence index of the sentence it is in
 * @param date     first day of the period; {@code null} when unresolved (a relative expression with no anchor)
 * @param lastDate last day of the period, inclusive; {@code null} exactly when {@code date} is
 * @param time     clock time, only for {@link TimePrecision#MINUTE} and {@link TimePrecision#HOUR}
 * @param zone     the offset the report states ("12:00 GMT" → UTC), or {@code null} for local time
 * @param precision how finely the report gives it; {@code null} when unresolved
 * @param role     whether it starts, ends or simply dates what the sentence tells
 * @param value    the normaliser's value it was resolved from ("2025-01-31T20:00", "XXXX-WXX-6"), for tracing
 */
public record TimeMention(Span span, int sentence, LocalDate date, LocalDate lastDate, LocalTime time,
                          ZoneOffset zone, TimePrecision precision, Role role, String value) {
    /** What the time marks in the account: the start or end of what is told, or simply when it happened. */
    public enum Role { START, END, POINT }

    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(role, "role");
        if ((date == null) != (lastDate == null) || (date == null) != (precision == null)) {
            throw new IllegalArgumentException("date, lastDate and precision are all set or all null");
        }
        if (date != null && lastDate.isBefore(date)) {
            throw new IllegalArgumentException("period ends before it starts: " + date + " .. " + lastDate);
        }
        boolean clock = precision == TimePrecision.MINUTE || precision == TimePrecision.HOUR;
        if (clock != (time != null) && date != null) {
            throw new IllegalArgumentException("a clock time goes with minute or hour precision only");
        }
    }

    /** False for a relative expression ("on Saturday") in a report whose publication date is unknown. */
    public boolean isResolved() {
        return date != null;
    }

    /** The instant it starts: the date at its clock time, or at the start of the day. */
    public LocalDateTime startDateTime() {
        return time == null ? date.atStartOfDay() : date.atTime(time);
    }

    public String text() {
        return span.text();
    }
}
