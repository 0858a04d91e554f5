package org.crosscheck.extract.time;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a SUTime normalised value ("2025-01-31T20:00", "2026-W05", "2025-11TNI", "XXXX-WXX-6T15:00",
 * "THIS P1M INTERSECT XXXX-11"). Fields the value does not give are {@code null}. Only the calendar forms are
 * parsed; durations, offsets without a base ("OFFSET P-1D") and references ("PRESENT_REF") give
 * {@link #parse} {@code null}.
 */
record SutimeValue(Integer year, Integer month, Integer day, Integer week, boolean weekend, Integer quarter,
                   String season, Integer weekday, String partOfDay, LocalTime time, ZoneOffset zone) {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}|XXXX)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4}|XXXX)-W(\\d{2}|XX)(?:-(WE|\\d))?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern TIME = Pattern.compile(
            "T(?:(MO|AF|EV|NI|MI|DT)|(\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)");
    private static final Pattern INTERSECT_MONTH = Pattern.compile("INTERSECT XXXX-(\\d{2})$");

    /** True when the value names a calendar year, so needs no anchor. */
    boolean hasYear() {
        return year != null;
    }

    boolean hasDate() {
        return year != null || month != null || day != null || week != null || weekday != null
                || quarter != null || season != null;
    }

    static SutimeValue parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        Matcher im = INTERSECT_MONTH.matcher(v);
        if (im.find()) {
            return new SutimeValue(null, Integer.parseInt(im.group(1)), null, null, false, null, null, null,
                    null, null, null);
        }
        String datePart = v;
        String timePart = null;
        int t = v.indexOf('T');
        if (t >= 0) {
            datePart = v.substring(0, t);
            timePart = v.substring(t);
        }
        Integer year = null;
        Integer month = null;
        Integer day = null;
        Integer week = null;
        boolean weekend = false;
        Integer quarter = null;
        String season = null;
        Integer weekday = null;
        Matcher m;
        if (datePart.isEmpty()) {
            if (timePart == null) {
                return null;
            }
        } else if ((m = WEEK.matcher(datePart)).matches()) {
            year = number(m.group(1));
            week = number(m.group(2));
            if ("WE".equals(m.group(3))) {
                weekend = true;
            } else if (m.group(3) != null) {
                weekday = Integer.parseInt(m.group(3));
            }
        } else if ((m = QUARTER.matcher(datePart)).matches()) {
            year = Integer.parseInt(m.group(1));
            quarter = Integer.parseInt(m.group(2));
        } else if ((m = SEASON.matcher(datePart)).matches()) {
            year = Integer.parseInt(m.group(1));
            season = m.group(2);
        } else if ((m = DATE.matcher(datePart)).matches()) {
            year = number(m.group(1));
            month = number(m.group(2));
            day = number(m.group(3));
            if (month != null && (month < 1 || month > 12) || day != null && (day < 1 || day > 31)) {
                return null;
            }
        } else {
            return null;
        }
        String part = null;
        LocalTime time = null;
        ZoneOffset zone = null;
        if (timePart != null) {
            Matcher tm = TIME.matcher(timePart);
            if (!tm.matches()) {
                return null; // "TXX:XX" and the like: a time SUTime could not read
            }
            if (tm.group(1) != null) {
                part = tm.group(1);
            } else {
                int h = Integer.parseInt(tm.group(2));
                int min = Integer.parseInt(tm.group(3));
                if (h > 23 || min > 59) {
                    return null;
                }
                time = LocalTime.of(h, min);
                if (tm.group(4) != null) {
                    zone = tm.group(4).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(tm.group(4));
                }
            }
        }
        SutimeValue out = new SutimeValue(year, month, day, week, weekend, quarter, season, weekday, part, time,
                zone);
        return out.hasDate() || time != null || part != null ? out : null;
    }

    private static Integer number(String digitsOrX) {
        return digitsOrX == null || digitsOrX.contains("X") ? null : Integer.valueOf(digitsOrX);
    }
}
