package org.crosscheck.extract.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.time.TimeMention.Role;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;

/**
 * Builds the {@link TimeRange} of an event from the time mentions of its evidence. Stateless and thread-safe.
 */
public final class TimeRanges {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private TimeRanges() {
    }

    /**
     * The mentions that date an event: those inside its evidence spans, or when there are none, those in the
     * sentences of its evidence. Words inside the evidence are preferred because a sentence often carries other
     * times too ("shot … last week after disobeying orders, May 26, 2012" under a photo).
     */
    public static List<TimeMention> select(List<TimeMention> mentions, List<Span> evidence, AnnotatedText text) {
        List<TimeMention> inside = new ArrayList<>();
        for (TimeMention m : mentions) {
            if (evidence.stream().anyMatch(e -> e.contains(m.span()))) {
                inside.add(m);
            }
        }
        if (!inside.isEmpty()) {
            return List.copyOf(inside);
        }
        Set<Integer> sentences = new HashSet<>();
        for (Span e : evidence) {
            Sentence s = text.sentenceAt(e.start());
            if (s != null) {
                sentences.add(s.index());
            }
        }
        return mentions.stream().filter(m -> sentences.contains(m.sentence())).toList();
    }

    /**
     * The time of an event told by {@code mentions} (typically those in its evidence sentences): from the
     * earliest start or point to the latest end or point, at the coarsest precision among the mentions used.
     * "began on January 31 at 8 PM" + "lasted until 4:30 AM" → 2025-01-31T20:00 .. 2025-02-01T04:30, hour.
     * A night or week is its whole period; at day precision or coarser, start and end are dates.
     *
     * <p>When the mentions mix fine and coarse times, the coarse ones are background ("since 2012") and are
     * left out: anything coarser than a day goes when a day or finer is known. A start with no end ends with
     * its own period ("the cease-fire which began on April 12" → April 12 .. April 12); an end with no start
     * leaves the start open ({@code null}).
     *
     * @return the range; a range with only {@code text} when no mention could be resolved (relative dates in
     *     an undated report: the words are kept); {@code null} when there are no mentions
     */
    public static TimeRange rangeOf(List<TimeMention> mentions) {
        List<TimeMention> resolved = mentions.stream().filter(TimeMention::isResolved)
                .filter(TimeRanges::writable).toList();
        if (resolved.isEmpty()) {
            return mentions.isEmpty() ? null : new TimeRange(null, null, null, mentions.get(0).text());
        }
        TimePrecision finest = resolved.stream().map(TimeMention::precision).min(Enum::compareTo).orElseThrow();
        TimePrecision keep = finest.compareTo(TimePrecision.DAY) < 0 ? TimePrecision.DAY : finest;
        List<TimeMention> used = new ArrayList<>();
        for (TimeMention m : resolved) {
            if (m.precision().compareTo(keep) <= 0 && !subsumed(m, resolved)) {
                used.add(m);
            }
        }
        TimePrecision precision = used.stream().map(TimeMention::precision).max(Enum::compareTo).orElseThrow();
        LocalDateTime start = null;
        LocalDateTime end = null;
        LocalDateTime startsEnd = null;
        for (TimeMention m : used) {
            LocalDateTime from = m.startDateTime();
            LocalDateTime to = m.time() != null ? from : m.lastDate().atStartOfDay();
            if (m.role() != Role.END && (start == null || from.isBefore(start))) {
                start = from;
            }
            if (m.role() != Role.START && (end == null || to.isAfter(end))) {
                end = to;
            }
            if (m.role() == Role.START && (startsEnd == null || to.isAfter(startsEnd))) {
                startsEnd = to;
            }
        }
        if (end == null) {
            end = startsEnd;
        }
        if (start != null && end.isBefore(start)) {
            end = startsEnd != null && !startsEnd.isBefore(start) ? startsEnd : start;
        }
        boolean clock = precision.compareTo(TimePrecision.HOUR) <= 0;
        String text = used.stream().map(TimeMention::text).distinct().collect(Collectors.joining(" … "));
        return new TimeRange(format(start, clock), format(end, clock), precision, text);
    }

    /**
     * Whether the period falls in the years 1..9999 that an ISO date writes in four digits: "last week" in a
     * report published 0001-01-01 resolves to year 0 or before, which no output date can hold.
     */
    private static boolean writable(TimeMention m) {
        return m.date().getYear() >= 1 && m.lastDate().getYear() <= 9999;
    }

    /**
     * "today … at 2:53 p.m.", "Thursday, November 10th at approximately 3:00 pm": a period that holds a finer
     * time of the same account says the same thing less precisely.
     */
    private static boolean subsumed(TimeMention m, List<TimeMention> all) {
        for (TimeMention o : all) {
            if (o != m && o.precision().compareTo(m.precision()) < 0 && !o.date().isBefore(m.date())
                    && !o.date().isAfter(m.lastDate())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same range at day precision, for an incident of an operation whose hours are not its own (the child
     * events of a night raid get the raid's days): 2025-01-31T20:00 .. 2025-02-01T04:30 → 2025-01-31 ..
     * 2025-02-01, day. Ranges already at day precision or coarser are returned as they are.
     */
    public static TimeRange days(TimeRange range) {
        if (range == null || range.precision() == null || range.precision().compareTo(TimePrecision.DAY) >= 0) {
            return range;
        }
        return new TimeRange(date(range.start()), date(range.end()), TimePrecision.DAY, range.text());
    }

    /**
     * The range of an event the report dates only by telling it: some time up to publication (start open,
     * end the publication date, no precision), or nothing known when the publication date is unknown.
     */
    public static TimeRange notAfter(LocalDate published) {
        return new TimeRange(null, published == null ? null : published.toString(), null, null);
    }

    private static String format(LocalDateTime t, boolean clock) {
        if (t == null) {
            return null;
        }
        return clock ? t.format(MINUTES) : t.toLocalDate().toString();
    }

    private static String date(String isoDateOrDateTime) {
        return isoDateOrDateTime == null ? null : isoDateOrDateTime.substring(0, 10);
    }
}
