package org.crosscheck.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.model.TimePrecision;

/**
 * Reads one time mention on its own: its SUTime value and its words make a period ({@link #classify}), with the
 * corrections news needs (weekdays and months in the past, "early/mid/late", "in recent days"). Mentions that
 * borrow their date from the account around them are marked for {@link SutimeTimeResolver} to finish.
 * Stateless.
 */
final class DateReader {
    private DateReader() {
    }

    private static final Map<String, Integer> WEEKDAYS = Lexicon.english().weekdays();

    private static final List<String> MONTH_PREFIXES = Lexicon.english().list(WordClass.MONTH_PREFIXES);

    private static final Set<String> DAY_WORDS = Lexicon.english().words(WordClass.DAY_WORDS);

    private static final Set<String> UNITS_DAY = Lexicon.english().words(WordClass.DAY_UNITS);

    private static final Set<String> UNITS_WEEK = Lexicon.english().words(WordClass.WEEK_UNITS);

    private static final Set<String> UNITS_MONTH = Lexicon.english().words(WordClass.MONTH_UNITS);

    private static final Set<String> UNITS_YEAR = Lexicon.english().words(WordClass.YEAR_UNITS);

    private static final Map<String, Integer> NUMBER_WORDS = Lexicon.english().timeNumbers();

    private static final Pattern YEAR_TOKEN = Pattern.compile("[12]\\d{3}");

    private static final Pattern YEAR_RANGE = Pattern.compile("([12]\\d{3})\\s*[-–]\\s*([12]\\d{3})");

    private static final Pattern HHMM = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");

    private static final Pattern PERIOD = Pattern.compile("P(\\d{1,6})([DWMY])");

    private static final int LOOKAHEAD_DAYS = 31;

    static void classify(TimeDraft d, LocalDate anchor) {
        List<String> w = d.words();
        String joined = String.join(" ", w);
        boolean duration = d.kind == null;
        d.kind = TimeDraft.Kind.OWN;
        if ((w.contains("coming") || w.contains("next")) && w.stream().anyMatch(x -> x.endsWith("s")
                && (UNITS_DAY.contains(x) || UNITS_WEEK.contains(x) || UNITS_MONTH.contains(x)))) {
            d.drop = true; // "in the coming days": not when anything happened
            return;
        }
        if (isRecentPeriod(w)) {
            recentPeriod(d, w, anchor);
            return;
        }
        if (isSameDay(d, w)) {
            d.kind = TimeDraft.Kind.SAME_DAY;
            return;
        }
        if (duration || d.value == null || d.value.endsWith("_REF") || joined.contains("-year-old")) {
            d.drop = true;
            return;
        }
        String surface = surface(d);
        Matcher yr = YEAR_RANGE.matcher(surface);
        if (yr.matches()) {
            int a = Integer.parseInt(yr.group(1));
            int b = Integer.parseInt(yr.group(2));
            if (a <= b) {
                d.set(LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31), TimePrecision.YEAR);
                return;
            }
        }
        // "1200 GMT", "2345 GMT": SUTime reads a military clock time before a zone as a year.
        Matcher hhmm = HHMM.matcher(surface);
        if (hhmm.matches() && Set.of("gmt", "utc", "z").contains(d.word(d.last + 1))) {
            d.kind = TimeDraft.Kind.CLOCK_ONLY;
            d.time = LocalTime.of(Integer.parseInt(hhmm.group(1)), Integer.parseInt(hhmm.group(2)));
            d.zone = ZoneOffset.UTC;
            return;
        }
        SutimeValue v = SutimeValue.parse(d.value);
        boolean weekdayWord = w.stream().anyMatch(WEEKDAYS::containsKey);
        boolean monthWord = w.stream().anyMatch(DateReader::isMonth);
        boolean yearWord = w.stream().anyMatch(x -> YEAR_TOKEN.matcher(x).matches());
        if (v == null) {
            // No calendar value: an offset or reference SUTime could not anchor ("OFFSET P-1D" for yesterday,
            // "THIS P1D" for today) is a relative date of an undated report; anything else is not a time.
            if (anchor == null && (d.value.contains("OFFSET") || d.value.startsWith("THIS")
                    || d.value.startsWith("PREV") || d.value.startsWith("NEXT"))) {
                d.kind = TimeDraft.Kind.UNRESOLVED;
            } else {
                d.drop = true;
            }
            return;
        }
        d.partOfDay = v.partOfDay();
        d.zone = v.zone();
        if (!v.hasDate() || (!weekdayWord && !monthWord && !yearWord && !hasDayWord(w)
                && allTime(d) && !w.contains("last") && !w.contains("this") && !w.contains("overnight"))) {
            // A clock time or part of day on its own: SUTime dates it on the publication day.
            d.kind = TimeDraft.Kind.CLOCK_ONLY;
            d.time = v.time();
            return;
        }
        if (v.season() != null && !yearWord && !w.contains("last") && !w.contains("this")
                && !w.contains("next")) {
            d.drop = true; // "the fall of el-Fasher"
            return;
        }
        if (weekdayWord && !monthWord) {
            if (anchor == null) {
                d.kind = TimeDraft.Kind.UNRESOLVED;
                return;
            }
            int wd = w.stream().filter(WEEKDAYS::containsKey).map(WEEKDAYS::get).findFirst().orElseThrow();
            LocalDate date = weekday(anchor, DayOfWeek.of(wd), w);
            dated(d, date, v.time());
            return;
        }
        if (monthWord && !yearWord && v.month() != null) {
            if (anchor == null) {
                d.kind = TimeDraft.Kind.UNRESOLVED;
                return;
            }
            boolean future = w.contains("next") || w.contains("coming");
            if (v.day() != null) {
                LocalDate date = yearFor(anchor, v.month(), v.day(), future);
                if (date == null) {
                    d.drop = true;
                    return;
                }
                dated(d, date, v.time());
            } else {
                month(d, yearFor(anchor, v.month(), 1, future), w, anchor);
            }
            return;
        }
        if (!v.hasYear()) {
            d.kind = anchor == null ? TimeDraft.Kind.UNRESOLVED : TimeDraft.Kind.OWN;
            d.drop = anchor != null; // a form SUTime could not place even with the anchor
            return;
        }
        absolute(d, v, w, anchor);
    }

    private static void absolute(TimeDraft d, SutimeValue v, List<String> w, LocalDate anchor) {
        int year = v.year();
        if (v.week() != null) {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, v.week())
                    .with(DayOfWeek.MONDAY);
            if (v.weekend()) {
                d.set(monday.plusDays(5), monday.plusDays(6), TimePrecision.DAY);
            } else if (v.weekday() != null) {
                dated(d, monday.plusDays(v.weekday() - 1L), v.time());
            } else {
                LocalDate end = monday.plusDays(6);
                if (w.contains("earlier") && anchor != null && end.isAfter(anchor) && !anchor.isBefore(monday)) {
                    end = anchor;
                }
                d.set(monday, end, TimePrecision.WEEK);
            }
        } else if (v.quarter() != null) {
            LocalDate first = LocalDate.of(year, 3 * v.quarter() - 2, 1);
            d.set(first, first.plusMonths(3).minusDays(1), TimePrecision.MONTH);
        } else if (v.season() != null) {
            int startMonth = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12).get(v.season());
            LocalDate first = LocalDate.of(year, startMonth, 1);
            d.set(first, first.plusMonths(3).minusDays(1), TimePrecision.MONTH);
        } else if (v.month() == null) {
            // A year standing alone: the written year wins over SUTime's arithmetic ("a few years since 1955").
            for (String x : w) {
                if (YEAR_TOKEN.matcher(x).matches()) {
                    year = Integer.parseInt(x);
                    break;
                }
            }
            year(d, year, w);
        } else if (v.day() == null) {
            month(d, LocalDate.of(year, v.month(), 1), w, anchor);
        } else {
            LocalDate date = safeDate(year, v.month(), v.day());
            if (date == null) {
                d.drop = true;
                return;
            }
            if (w.contains("overnight") && date.equals(anchor) && "NI".equals(d.partOfDay)) {
                date = date.minusDays(1); // a report's "overnight" is the night that ends on its day
            }
            dated(d, date, v.time());
            if (w.contains("ago")) {
                d.precision = unitPrecision(w, TimePrecision.DAY);
            }
        }
    }

    private static void dated(TimeDraft d, LocalDate date, LocalTime time) {
        if (time != null) {
            d.clock(date, time);
        } else {
            d.day(date);
        }
    }

    private static void month(TimeDraft d, LocalDate first, List<String> w, LocalDate anchor) {
        LocalDate last = first.plusMonths(1).minusDays(1);
        if (w.contains("early") || w.contains("beginning") || w.contains("start")) {
            d.set(first, first.plusDays(9), TimePrecision.WEEK);
        } else if (w.contains("mid") || w.contains("middle") || w.stream().anyMatch(x -> x.startsWith("mid-"))) {
            d.set(first.plusDays(10), first.plusDays(19), TimePrecision.WEEK);
        } else if (w.contains("late") || w.contains("end")) {
            d.set(first.plusDays(20), last, TimePrecision.WEEK);
        } else if (w.contains("earlier") && anchor != null && !anchor.isBefore(first) && anchor.isBefore(last)) {
            d.set(first, anchor, TimePrecision.MONTH);
        } else {
            d.set(first, last, TimePrecision.MONTH);
        }
    }

    private static void year(TimeDraft d, int year, List<String> w) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (w.contains("early") || w.contains("beginning") || w.contains("start")) {
            d.set(first, LocalDate.of(year, 3, 31), TimePrecision.MONTH);
        } else if (w.contains("mid") || w.contains("middle") || w.stream().anyMatch(x -> x.startsWith("mid-"))) {
            d.set(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31), TimePrecision.MONTH);
        } else if (w.contains("late") || w.contains("end")) {
            d.set(LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 31), TimePrecision.MONTH);
        } else {
            d.set(first, LocalDate.of(year, 12, 31), TimePrecision.YEAR);
        }
    }

    /**
     * The year of a month and day written without one: the latest not after publication, except a date in the
     * coming month ("elections starting on 28 December" in a report of 21 December), which a report would not
     * write without its year if it meant eleven months ago.
     */
    private static LocalDate yearFor(LocalDate anchor, int month, int day, boolean future) {
        LocalDate date = safeDate(anchor.getYear(), month, day);
        if (date == null) {
            return null;
        }
        if (future) {
            return date.isAfter(anchor) ? date : safeDate(anchor.getYear() + 1, month, day);
        }
        if (date.isAfter(anchor.plusDays(LOOKAHEAD_DAYS))) {
            return safeDate(anchor.getYear() - 1, month, day);
        }
        if (!date.isAfter(anchor.minusYears(1).plusDays(LOOKAHEAD_DAYS))) {
            LocalDate next = safeDate(anchor.getYear() + 1, month, day); // "early January" in late December
            return next != null && !next.isAfter(anchor.plusDays(LOOKAHEAD_DAYS)) ? next : date;
        }
        return date;
    }

    /** The weekday a news report means: the latest on or before its date; "last" strictly before. */
    private static LocalDate weekday(LocalDate anchor, DayOfWeek day, List<String> w) {
        if (w.contains("next") || w.contains("coming")) {
            return anchor.with(TemporalAdjusters.next(day));
        }
        if (w.contains("last")) {
            return anchor.with(TemporalAdjusters.previous(day));
        }
        return anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    /** "in recent days", "the past week", "over the last 11 days": a stretch ending at publication. */
    private static boolean isRecentPeriod(List<String> w) {
        boolean unit = w.stream().anyMatch(x -> UNITS_DAY.contains(x) || UNITS_WEEK.contains(x)
                || UNITS_MONTH.contains(x) || UNITS_YEAR.contains(x));
        if (!unit || w.contains("ago")) {
            return false;
        }
        boolean plural = w.stream().anyMatch(x -> Set.of("days", "weeks", "months", "years", "decades").contains(x));
        return w.contains("past") || w.contains("recent") || w.contains("previous")
                || w.contains("last") && (plural || w.get(0).equals("the") || w.contains("decade"));
    }

    private static void recentPeriod(TimeDraft d, List<String> w, LocalDate anchor) {
        if (anchor == null) {
            d.kind = TimeDraft.Kind.UNRESOLVED;
            return;
        }
        Integer n = null;
        Matcher pm = d.value == null ? null : PERIOD.matcher(d.value);
        if (pm != null && pm.find()) {
            n = Integer.valueOf(pm.group(1));
        }
        for (String x : w) {
            if (n == null && x.matches("\\d{1,3}")) {
                n = Integer.valueOf(x);
            } else if (n == null && NUMBER_WORDS.containsKey(x) && !x.startsWith("a")) {
                n = NUMBER_WORDS.get(x);
            }
        }
        boolean plural = w.stream().anyMatch(x -> x.endsWith("s") && (UNITS_DAY.contains(x)
                || UNITS_WEEK.contains(x) || UNITS_MONTH.contains(x) || UNITS_YEAR.contains(x)));
        LocalDate from;
        if (w.stream().anyMatch(UNITS_DAY::contains)) {
            from = anchor.minusDays(n != null ? n : plural ? 7 : 1);
        } else if (w.stream().anyMatch(UNITS_WEEK::contains)) {
            from = anchor.minusWeeks(n != null ? n : plural ? 3 : 1);
        } else if (w.stream().anyMatch(UNITS_MONTH::contains)) {
            from = anchor.minusMonths(n != null ? n : plural ? 3 : 1);
        } else if (w.contains("decade") || w.contains("decades")) {
            from = anchor.minusYears(10L * (n != null ? n : 1));
        } else {
            from = anchor.minusYears(n != null ? n : plural ? 3 : 1);
        }
        long days = anchor.toEpochDay() - from.toEpochDay();
        d.set(from, anchor, days <= 14 ? TimePrecision.WEEK : days <= 92 ? TimePrecision.MONTH : TimePrecision.YEAR);
    }

    /** "the day", "that day", "hours earlier": the day of the account, which SUTime takes to be publication. */
    private static boolean isSameDay(TimeDraft d, List<String> w) {
        String joined = String.join(" ", w);
        if (joined.equals("day") || joined.equals("the day") || joined.equals("that day")) {
            String before = d.word(d.first - 1);
            return joined.equals("that day") || joined.equals("the day") && !before.equals("every")
                    || Set.of("that", "same").contains(before);
        }
        return w.size() == 2 && Set.of("hours", "minutes").contains(w.get(0))
                && Set.of("earlier", "later").contains(w.get(1));
    }

    private static boolean hasDayWord(List<String> w) {
        return w.stream().anyMatch(DAY_WORDS::contains);
    }

    private static boolean allTime(TimeDraft d) {
        for (int i = d.first; i <= d.last; i++) {
            if (!"TIME".equals(d.tokens.get(i).ner())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMonth(String word) {
        String x = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (x.length() < 3) {
            return false;
        }
        for (String p : MONTH_PREFIXES) {
            if (x.startsWith(p) && (x.length() <= 4 || monthName(p).startsWith(x))) {
                return true;
            }
        }
        return false;
    }

    private static String monthName(String prefix) {
        return List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december").get(MONTH_PREFIXES.indexOf(prefix));
    }

    private static TimePrecision unitPrecision(List<String> w, TimePrecision otherwise) {
        if (w.stream().anyMatch(UNITS_WEEK::contains)) {
            return TimePrecision.WEEK;
        }
        if (w.stream().anyMatch(UNITS_MONTH::contains)) {
            return TimePrecision.MONTH;
        }
        if (w.stream().anyMatch(UNITS_YEAR::contains)) {
            return TimePrecision.YEAR;
        }
        return otherwise;
    }

    private static LocalDate safeDate(int y, int m, int day) {
        try {
            return LocalDate.of(y, m, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String surface(TimeDraft d) {
        StringBuilder sb = new StringBuilder();
        for (int i = d.first; i <= d.last; i++) {
            sb.append(d.tokens.get(i).word());
        }
        return sb.toString();
    }
}
