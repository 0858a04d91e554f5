package org.crosscheck.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.text.AnnotatedText;
import org.junit.jupiter.api.Test;

/**
 * The resolver on hand-built texts carrying the labels and values CoreNLP 4.5.10 really gives (SUTime's own
 * mistakes included: weekdays with a clock time in the coming week, bare clock times on the publication day).
 * Each mention is described as {@code text@start-end period precision role}, so offsets, words and dates are
 * all checked.
 */
class SutimeTimeResolverTest {
    /** A Monday. */
    private static final LocalDate MON_2026_02_02 = LocalDate.of(2026, 2, 2);
    private static final LocalDate KALAT_PUBLISHED = LocalDate.of(2025, 2, 2);

    private final TimeResolver resolver = new SutimeTimeResolver();

    static String describe(TimeMention m) {
        StringBuilder sb = new StringBuilder(m.text()).append('@').append(m.span().start()).append('-')
                .append(m.span().end()).append(' ');
        if (!m.isResolved()) {
            return sb.append("unresolved ").append(m.role()).toString();
        }
        sb.append(m.date());
        if (!m.lastDate().equals(m.date())) {
            sb.append("..").append(m.lastDate());
        }
        if (m.time() != null) {
            sb.append('T').append(m.time());
        }
        if (m.zone() != null) {
            sb.append(m.zone());
        }
        return sb.append(' ').append(m.precision()).append(' ').append(m.role()).toString();
    }

    private void assertResolves(AnnotatedText text, String... expected) {
        List<String> actual = resolver.resolve(text).stream().map(SutimeTimeResolverTest::describe).toList();
        assertEquals(List.of(expected), actual);
        for (TimeMention m : resolver.resolve(text)) {
            assertEquals(text.text().substring(m.span().start(), m.span().end()), m.text());
        }
    }

    @Test
    void weekdayIsThePastOneBeforePublication() {
        AnnotatedText t = Fixture.of("Militants attacked a checkpoint on Saturday, officials said.", MON_2026_02_02)
                .tag("Saturday", "DATE", "2026-01-31").build();
        assertResolves(t, "Saturday@35-43 2026-01-31 day POINT");
    }

    @Test
    void weekdayWithAClockTimeIsInThePastTooThoughSutimePutsItInTheComingWeek() {
        AnnotatedText t = Fixture.of("Gunmen opened fire at 3 p.m. on Tuesday. Fighting started at about 12:00 GMT"
                        + " on Thursday.", MON_2026_02_02)
                .tag("3 p.m. on", "TIME", "2026-02-03T15:00").tag("Tuesday", "DATE", "2026-02-03T15:00")
                .tag("about 12:00 GMT on", "TIME", "2026-02-05T12:00+0000")
                .tag("Thursday", "DATE", "2026-02-05T12:00+0000").build();
        assertResolves(t, "3 p.m. on Tuesday@22-39 2026-01-27T15:00 hour POINT",
                "about 12:00 GMT on Thursday@61-88 2026-01-29T12:00Z hour START");
    }

    @Test
    void yesterdayAndLastWeek() {
        AnnotatedText t = Fixture.of("Two soldiers were killed yesterday and a convoy was ambushed last week.",
                        MON_2026_02_02)
                .tag("yesterday", "DATE", "2026-02-01").tag("last week", "DATE", "2026-W05").build();
        assertResolves(t, "yesterday@25-34 2026-02-01 day POINT",
                "last week@61-70 2026-01-26..2026-02-01 week POINT");
    }

    @Test
    void earlierThisMonthStopsAtPublicationAndLateOnSaturdayIsADay() {
        AnnotatedText t = Fixture.of("Earlier this month, drones struck a market. The army said late on Saturday "
                        + "that Friday's raid failed.", MON_2026_02_02)
                .tag("Earlier this month", "DATE", "2026-02").tag("late on Saturday", "DATE", "2026-01-31")
                .tag("Friday", "DATE", "2026-01-30").build();
        assertResolves(t, "Earlier this month@0-18 2026-02-01..2026-02-02 month POINT",
                "late on Saturday@58-74 2026-01-31 day POINT",
                "Friday@80-86 2026-01-30 day POINT");
    }

    @Test
    void monthWithoutYearIsTheLatestNotAfterPublicationAndAWrittenYearIsKept() {
        AnnotatedText t = Fixture.of("Rebels attacked in early June. The clash took place on December 14. "
                        + "A second clash followed on December 14, 2024.", MON_2026_02_02)
                .tag("early June", "DATE", "2026-06").tag("December 14", "DATE", "2025-12-14")
                .tag("A second", "DURATION", "PT1S").tag("December 14, 2024", "DATE", "2024-12-14").build();
        assertResolves(t, "early June@19-29 2025-06-01..2025-06-10 week POINT",
                "December 14@55-66 2025-12-14 day POINT",
                "December 14, 2024@95-112 2024-12-14 day POINT");
    }

    @Test
    void aDateInTheComingMonthStaysAhead() {
        AnnotatedText t = Fixture.of("Thousands fled ahead of elections starting on 28 December.",
                        LocalDate.of(2025, 12, 21))
                .tag("28 December", "DATE", "2025-12-28").build();
        assertResolves(t, "28 December@46-57 2025-12-28 day START");
    }

    @Test
    void theMonthOfNovemberIsReadFromSutimesIntersection() {
        AnnotatedText t = Fixture.of("Guerrillas killed 43 peasants during the month of November.",
                        LocalDate.of(1988, 12, 5))
                .tag("the month of November", "DATE", "THIS P1M INTERSECT XXXX-11").build();
        assertResolves(t, "month of November@41-58 1988-11-01..1988-11-30 month POINT");
    }

    @Test
    void clockTimeTakesTheDateOfTheAccountAndANightCrossingMidnightEndsNextDay() {
        String text = "According to a statement released by BLA spokesperson Azad Baloch, the operation began on "
                + "January 31 at 8 PM, involving over 100 BLA fighters. The operation, which lasted until 4:30 AM, "
                + "led to the deaths of at least 25 enemy personnel. The BLA fighters continued their assault on "
                + "the military base from four directions throughout the night.";
        AnnotatedText t = Fixture.of(text, KALAT_PUBLISHED)
                .tag("January 31", "DATE", "2025-01-31T20:00").tag("at 8 PM", "TIME", "2025-01-31T20:00")
                .tag("4:30 AM", "TIME", "2025-02-02T04:30").tag("night", "TIME", "2025-02-02TNI").build();
        assertResolves(t, "January 31 at 8 PM@90-108 2025-01-31T20:00 hour START",
                "4:30 AM@177-184 2025-02-01T04:30 minute END",
                "night@334-339 2025-01-31..2025-02-01 day POINT");
    }

    @Test
    void clockTimeTakesADateLaterInTheSameSentence() {
        AnnotatedText t = Fixture.of("Sudan Armed Forces planes dropped four bombs at 3:20 p.m. in the region "
                        + "Thursday.", LocalDate.of(2011, 11, 14))
                .tag("3:20 p.m.", "TIME", "2011-11-14T15:20").tag("Thursday", "DATE", "2011-11-10").build();
        assertResolves(t, "3:20 p.m.@48-57 2011-11-10T15:20 minute POINT",
                "Thursday@72-80 2011-11-10 day POINT");
    }

    @Test
    void clockTimeWithNoDateInTheReportIsOnThePublicationDay() {
        AnnotatedText t = Fixture.of("The car bomb struck around 5:30 a.m. at a remote military outpost.",
                        LocalDate.of(2016, 6, 21))
                .tag("5:30 a.m.", "TIME", "2016-06-21T05:30").build();
        assertResolves(t, "5:30 a.m.@27-36 2016-06-21T05:30 minute POINT");
    }

    @Test
    void fromUntilAndEndedGiveStartAndEnd() {
        AnnotatedText t = Fixture.of("Fighting raged from 10 PM on Friday till 2 AM. The siege ended at 6 AM on "
                        + "Sunday.", MON_2026_02_02)
                .tag("10 PM on", "TIME", "2026-02-06T22:00").tag("Friday", "DATE", "2026-02-06T22:00")
                .tag("2 AM", "TIME", "2026-02-02T02:00")
                .tag("6 AM on", "TIME", "2026-02-08T06:00").tag("Sunday", "DATE", "2026-02-08T06:00").build();
        assertResolves(t, "10 PM on Friday@20-35 2026-01-30T22:00 hour START",
                "2 AM@41-45 2026-01-31T02:00 hour END",
                "6 AM on Sunday@66-80 2026-02-01T06:00 hour END");
    }

    @Test
    void fromToWithStatedDatesAndABracketedRestatementLeftOut() {
        AnnotatedText t = Fixture.of("From 20:00 Moscow time (17:00 GMT) on 24 May to 00:00 on 25 May, air defence "
                        + "units destroyed 95 drones.", LocalDate.of(2025, 5, 25))
                .tag("20:00", "TIME", "2025-05-25T20:00").tag("17:00 GMT", "TIME", "2025-05-25T17:00+0000")
                .tag("24 May", "DATE", "2025-05-24").tag("00:00 on 25", "TIME", "2025-05-25T00:00")
                .tag("May", "DATE", "2025-05-25T00:00").build();
        assertResolves(t, "20:00@5-10 2025-05-24T20:00 hour START",
                "24 May@38-44 2025-05-24 day POINT",
                "00:00 on 25 May@48-63 2025-05-25T00:00 hour END");
    }

    @Test
    void militaryTimeInBracketsThatSutimeTakesForAYearIsLeftOut() {
        AnnotatedText t = Fixture.of("Witnesses heard explosions at 3 p.m. (1200 GMT) near the camp on Thursday.",
                        LocalDate.of(2011, 11, 10))
                .tag("3 p.m.", "TIME", "2011-11-10T15:00").tag("1200", "DATE", "1200")
                .tag("Thursday", "DATE", "2011-11-10").build();
        assertResolves(t, "3 p.m.@30-36 2011-11-10T15:00 hour POINT", "Thursday@65-73 2011-11-10 day POINT");
    }

    @Test
    void militaryTimeBeforeGmtIsAClockTime() {
        AnnotatedText t = Fixture.of("Reports at 2345 GMT on 2 October were partial.", LocalDate.of(1988, 10, 2))
                .tag("2345", "DATE", "2345").tag("2 October", "DATE", "1988-10-02").build();
        assertResolves(t, "2345@11-15 1988-10-02T23:45Z minute POINT", "2 October@23-32 1988-10-02 day POINT");
    }

    @Test
    void durationsRecurrencesPresentAndAgesAreLeftOutAndALoneYearIsAYear() {
        AnnotatedText t = Fixture.of("The city was held for nine hours. Fighting goes on every day and continues "
                        + "now. A 16-year-old boy died. The group was founded in 1948.", MON_2026_02_02)
                .tag("nine hours", "DURATION", "PT9H").tag("every day", "SET", null)
                .tag("now", "DATE", "PRESENT_REF").tag("16-year-old", "DURATION", "P16Y")
                .tag("1948", "DATE", "1948").build();
        assertResolves(t, "1948@129-133 1948-01-01..1948-12-31 year POINT");
    }

    @Test
    void lateYearIsItsLastQuarterAndSinceStarts() {
        AnnotatedText t = Fixture.of("Rebels killed 28 soldiers in late 1987. The group has fought since 2012.",
                        LocalDate.of(1988, 10, 2))
                .tag("late 1987", "DATE", "1987").tag("2012", "DATE", "2012").build();
        assertResolves(t, "late 1987@29-38 1987-10-01..1987-12-31 month POINT",
                "2012@67-71 2012-01-01..2012-12-31 year START");
    }

    @Test
    void overnightIsTheNightBeforePublicationAndLastNightRunsIntoTheMorning() {
        AnnotatedText t = Fixture.of("Drones killed six people overnight. The ambush happened last night.",
                        MON_2026_02_02)
                .tag("overnight", "TIME", "2026-02-02TNI").tag("last night", "TIME", "2026-02-01TNI").build();
        assertResolves(t, "overnight@25-34 2026-02-01..2026-02-02 day POINT",
                "last night@56-66 2026-02-01..2026-02-02 day POINT");
    }

    @Test
    void recentDaysAndThePastWeekEndAtPublication() {
        AnnotatedText t = Fixture.of("Large protests have roiled the city in recent days. Fighting in the past week "
                        + "killed 50.", LocalDate.of(2012, 5, 26))
                .tag("recent days", "DURATION", "PXD").tag("the past week", "DATE", "2012-W21").build();
        assertResolves(t, "recent days@39-50 2012-05-19..2012-05-26 week POINT",
                "past week@68-77 2012-05-19..2012-05-26 week POINT");
    }

    @Test
    void daysAgoAndAWeekAgo() {
        AnnotatedText t = Fixture.of("A strike killed six people three days ago. The junta captured it a week ago.",
                        MON_2026_02_02)
                .tag("three days ago", "DATE", "2026-01-30").tag("a week ago", "DATE", "2026-01-26").build();
        assertResolves(t, "three days ago@27-41 2026-01-30 day POINT", "a week ago@65-75 2026-01-26 week POINT");
    }

    @Test
    void thatDayAndHoursEarlierTakeTheDayOfTheAccount() {
        AnnotatedText t = Fixture.of("Just before midnight on Tuesday, three Gazans were killed. Earlier that day, "
                        + "a shell hit a house. Hours earlier, a school was bombed.", LocalDate.of(2009, 1, 8))
                .tag("midnight on", "TIME", "2009-01-06T00:00").tag("Tuesday", "DATE", "2009-01-06T00:00")
                .tag("day", "DURATION", "P1D").tag("Hours earlier", "DATE", "2009-01-07").build();
        assertResolves(t, "midnight on Tuesday@12-31 2009-01-06T00:00 hour POINT",
                "day@72-75 2009-01-06 day POINT",
                "Hours earlier@98-111 2009-01-06 day POINT");
    }

    @Test
    void betweenTwoDaysOfAMonth() {
        AnnotatedText t = Fixture.of("Drone attacks between 1 and 3 January in Kindia killed civilians.",
                        LocalDate.of(2026, 1, 5))
                .tag("3 January", "DATE", "2026-01-03").build();
        assertResolves(t, "1 and 3 January@22-37 2026-01-01..2026-01-03 day POINT");
    }

    @Test
    void theFallOfACityIsNotASeason() {
        AnnotatedText t = Fixture.of("The fall of Raqqa could mark a turning point.", LocalDate.of(2025, 10, 28))
                .tag("fall", "DATE", "2025-FA").build();
        assertResolves(t);
    }

    @Test
    void withoutAnAnchorOnlyAbsoluteDatesResolve() {
        String text = "The operation began on January 31 at 8 PM. It lasted until 4:30 AM. Militants attacked on "
                + "Saturday. An earlier clash was on December 14, 2024.";
        AnnotatedText t = Fixture.of(text, null)
                .tag("January 31", "DATE", "XXXX-01-31T20:00").tag("at 8 PM", "TIME", "XXXX-01-31T20:00")
                .tag("4:30 AM", "TIME", "T04:30").tag("Saturday", "DATE", "XXXX-WXX-6")
                .tag("December 14, 2024", "DATE", "2024-12-14").build();
        assertResolves(t, "January 31 at 8 PM@23-41 unresolved START",
                "4:30 AM@59-66 unresolved END",
                "Saturday@90-98 unresolved POINT",
                "December 14, 2024@124-141 2024-12-14 day POINT");
        List<TimeMention> ms = resolver.resolve(t);
        assertFalse(ms.get(0).isResolved());
        assertTrue(ms.get(3).isResolved());
    }

    @Test
    void todayWithoutAnAnchorIsKeptUnresolved() {
        AnnotatedText t = Fixture.of("A video released today showed the heads of a dozen soldiers.", null)
                .tag("today", "DATE", "THIS P1D").build();
        assertResolves(t, "today@17-22 unresolved POINT");
    }
}
