package org.crosscheck.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.crosscheck.text.AnnotatedText;
import org.junit.jupiter.api.Test;

class TimeRangesTest {
    private final TimeResolver resolver = new SutimeTimeResolver();

    private static final String KALAT = "According to a statement released by BLA spokesperson Azad Baloch, the "
            + "operation began on January 31 at 8 PM, involving over 100 BLA fighters. The operation, which lasted "
            + "until 4:30 AM, led to the deaths of at least 25 enemy personnel. The BLA also took the opportunity "
            + "to honour three commanders who were martyred in an earlier clash in Panjgur on December 14, 2024. "
            + "Majeed Baloch had been involved in BLA operations since 2012.";

    private List<TimeMention> kalat() {
        AnnotatedText t = Fixture.of(KALAT, LocalDate.of(2025, 2, 2))
                .tag("January 31", "DATE", "2025-01-31T20:00").tag("at 8 PM", "TIME", "2025-01-31T20:00")
                .tag("4:30 AM", "TIME", "2025-02-02T04:30").tag("December 14, 2024", "DATE", "2024-12-14")
                .tag("2012", "DATE", "2012").build();
        return resolver.resolve(t);
    }

    @Test
    void startAndEndOfANightOperationAtTheCoarserPrecision() {
        List<TimeMention> ms = kalat();
        TimeRange r = TimeRanges.rangeOf(ms.subList(0, 2));
        assertEquals("2025-01-31T20:00", r.start());
        assertEquals("2025-02-01T04:30", r.end());
        assertEquals(TimePrecision.HOUR, r.precision());
        assertEquals("January 31 at 8 PM … 4:30 AM", r.text());
    }

    @Test
    void childIncidentsOfTheOperationGetItsDays() {
        TimeRange r = TimeRanges.days(TimeRanges.rangeOf(kalat().subList(0, 2)));
        assertEquals(new TimeRange("2025-01-31", "2025-02-01", TimePrecision.DAY, "January 31 at 8 PM … 4:30 AM"),
                r);
    }

    @Test
    void aSingleDate() {
        TimeRange r = TimeRanges.rangeOf(kalat().subList(2, 3));
        assertEquals(new TimeRange("2024-12-14", "2024-12-14", TimePrecision.DAY, "December 14, 2024"), r);
    }

    @Test
    void aBackgroundYearIsLeftOutWhenADayIsKnown() {
        List<TimeMention> ms = kalat();
        TimeRange r = TimeRanges.rangeOf(List.of(ms.get(2), ms.get(3)));
        assertEquals("2024-12-14", r.start());
        assertEquals("2024-12-14", r.end());
        TimeRange year = TimeRanges.rangeOf(List.of(ms.get(3)));
        assertEquals(new TimeRange("2012-01-01", "2012-12-31", TimePrecision.YEAR, "2012"), year);
    }

    @Test
    void aStartAloneEndsWithItsOwnDayAndAnEndAloneLeavesTheStartOpen() {
        List<TimeMention> ms = kalat();
        TimeRange start = TimeRanges.rangeOf(List.of(ms.get(0)));
        assertEquals("2025-01-31T20:00", start.start());
        assertEquals("2025-01-31T20:00", start.end());
        TimeRange end = TimeRanges.rangeOf(List.of(ms.get(1)));
        assertNull(end.start());
        assertEquals("2025-02-01T04:30", end.end());
        assertEquals(TimePrecision.MINUTE, end.precision());
    }

    @Test
    void aDayHoldingAClockTimeOfTheSameAccountGivesWayToIt() {
        AnnotatedText t = Fixture.of("The Sudan Armed Forces attacked a refugee camp at 2:53 p.m. local time today.",
                        LocalDate.of(2011, 11, 10))
                .tag("2:53 p.m.", "TIME", "2011-11-10T14:53").tag("local time", "TIME", null)
                .tag("today", "DATE", "2011-11-10").build();
        TimeRange r = TimeRanges.rangeOf(resolver.resolve(t));
        assertEquals(new TimeRange("2011-11-10T14:53", "2011-11-10T14:53", TimePrecision.MINUTE, "2:53 p.m."), r);
    }

    @Test
    void aNightIsItsEveningAndTheNextMorning() {
        AnnotatedText t = Fixture.of("Last night, three Palestinians died when a missile hit the building.",
                        LocalDate.of(2009, 1, 6))
                .tag("Last night", "TIME", "2009-01-05TNI").build();
        assertEquals(new TimeRange("2009-01-05", "2009-01-06", TimePrecision.DAY, "Last night"),
                TimeRanges.rangeOf(resolver.resolve(t)));
    }

    @Test
    void lastWeekIsMondayToSunday() {
        AnnotatedText t = Fixture.of("He was shot by security forces in Dir el Zour last week.",
                        LocalDate.of(2012, 5, 26))
                .tag("last week", "DATE", "2012-W20").build();
        assertEquals(new TimeRange("2012-05-14", "2012-05-20", TimePrecision.WEEK, "last week"),
                TimeRanges.rangeOf(resolver.resolve(t)));
    }

    @Test
    void unresolvedMentionsKeepTheirWordsOnly() {
        AnnotatedText t = Fixture.of("The clashes on Tuesday killed 15.", null)
                .tag("Tuesday", "DATE", "XXXX-WXX-2").build();
        assertEquals(new TimeRange(null, null, null, "Tuesday"), TimeRanges.rangeOf(resolver.resolve(t)));
        assertNull(TimeRanges.rangeOf(List.of()));
    }

    @Test
    void timesInsideTheEvidenceWinOverOthersInItsSentence() {
        String text = "Mourners carry the body of a soldier who was shot in Dir el Zour last week, May 26, 2012. "
                + "Protesters marched on Saturday.";
        AnnotatedText t = Fixture.of(text, LocalDate.of(2012, 5, 26))
                .tag("last week", "DATE", "2012-W20").tag("May 26, 2012", "DATE", "2012-05-26")
                .tag("Saturday", "DATE", "2012-05-26").build();
        List<TimeMention> all = resolver.resolve(t);
        Span shot = Span.of(text, 41, 74);
        assertEquals("was shot in Dir el Zour last week", shot.text());
        assertEquals(List.of("last week"),
                TimeRanges.select(all, List.of(shot), t).stream().map(TimeMention::text).toList());
        Span mourners = Span.of(text, 0, 8);
        assertEquals(List.of("last week", "May 26, 2012"),
                TimeRanges.select(all, List.of(mourners), t).stream().map(TimeMention::text).toList());
    }

    @Test
    void anEventToldWithoutADateHappenedByPublication() {
        assertEquals(new TimeRange(null, "2016-05-13", null, null), TimeRanges.notAfter(LocalDate.of(2016, 5, 13)));
        assertEquals(new TimeRange(null, null, null, null), TimeRanges.notAfter(null));
    }

    /** Issue 14: "last week" in a report published 0001-01-03 falls before year 1, which no ISO date writes. */
    @Test
    void aPeriodBeforeTheYearOneDatesNothing() {
        Span words = new Span(0, 9, "last week");
        TimeMention before = new TimeMention(words, 0, LocalDate.of(0, 12, 25), LocalDate.of(0, 12, 31), null, null,
                TimePrecision.WEEK, TimeMention.Role.POINT, "0000-W52");
        TimeRange r = TimeRanges.rangeOf(List.of(before));
        assertNull(r.start());
        assertNull(r.end());
        TimeMention after = new TimeMention(words, 0, LocalDate.of(9999, 12, 27), LocalDate.of(10000, 1, 2), null,
                null, TimePrecision.WEEK, TimeMention.Role.POINT, "9999-W52");
        assertNull(TimeRanges.rangeOf(List.of(after)).start());
    }
}
