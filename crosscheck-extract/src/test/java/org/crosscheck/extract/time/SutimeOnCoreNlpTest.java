package org.crosscheck.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.corenlp.CoreNlpAnalyzer;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.crosscheck.text.AnnotatedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resolver behind the real CoreNLP pipeline, on the texts of the fixture tests: if CoreNLP's labels or
 * values change (a new model or SUTime rule), the fixtures of {@link SutimeTimeResolverTest} no longer describe
 * it and this class says so. The only test of the module that loads CoreNLP (about three seconds).
 */
class SutimeOnCoreNlpTest {
    private static CoreNlpAnalyzer analyzer;
    private final TimeResolver resolver = new SutimeTimeResolver();

    @BeforeAll
    static void load() {
        analyzer = new CoreNlpAnalyzer();
    }

    private List<String> resolve(String text, LocalDate anchor) {
        return resolver.resolve(analyzer.analyze(text, anchor)).stream().map(SutimeTimeResolverTest::describe)
                .toList();
    }

    @Test
    void kalatOperation() {
        String text = "According to a statement released by BLA spokesperson Azad Baloch, the operation began on "
                + "January 31 at 8 PM, involving over 100 BLA fighters. The operation, which lasted until 4:30 AM, "
                + "led to the deaths of at least 25 enemy personnel. The BLA fighters continued their assault on "
                + "the military base from four directions throughout the night.";
        AnnotatedText at = analyzer.analyze(text, LocalDate.of(2025, 2, 2));
        List<TimeMention> ms = resolver.resolve(at);
        assertEquals(List.of("January 31 at 8 PM@90-108 2025-01-31T20:00 hour START",
                "4:30 AM@177-184 2025-02-01T04:30 minute END",
                "night@334-339 2025-01-31..2025-02-01 day POINT"),
                ms.stream().map(SutimeTimeResolverTest::describe).toList());
        assertEquals(new TimeRange("2025-01-31T20:00", "2025-02-01T04:30", TimePrecision.HOUR,
                "January 31 at 8 PM … 4:30 AM"), TimeRanges.rangeOf(ms.subList(0, 2)));
    }

    @Test
    void weekdaysMonthsAndRelativeDates() {
        LocalDate monday = LocalDate.of(2026, 2, 2);
        assertEquals(List.of("Saturday@35-43 2026-01-31 day POINT"),
                resolve("Militants attacked a checkpoint on Saturday, officials said.", monday));
        assertEquals(List.of("3 p.m. on Tuesday@22-39 2026-01-27T15:00 hour POINT",
                        "about 12:00 GMT on Thursday@61-88 2026-01-29T12:00Z hour START"),
                resolve("Gunmen opened fire at 3 p.m. on Tuesday. Fighting started at about 12:00 GMT on Thursday.",
                        monday));
        assertEquals(List.of("yesterday@25-34 2026-02-01 day POINT",
                        "last week@61-70 2026-01-26..2026-02-01 week POINT"),
                resolve("Two soldiers were killed yesterday and a convoy was ambushed last week.", monday));
        assertEquals(List.of("Earlier this month@0-18 2026-02-01..2026-02-02 month POINT",
                        "late on Saturday@58-74 2026-01-31 day POINT", "Friday@80-86 2026-01-30 day POINT"),
                resolve("Earlier this month, drones struck a market. The army said late on Saturday that Friday's "
                        + "raid failed.", monday));
        assertEquals(List.of("early June@19-29 2025-06-01..2025-06-10 week POINT",
                        "December 14@55-66 2025-12-14 day POINT",
                        "December 14, 2024@95-112 2024-12-14 day POINT"),
                resolve("Rebels attacked in early June. The clash took place on December 14. A second clash "
                        + "followed on December 14, 2024.", monday));
        assertEquals(List.of("overnight@25-34 2026-02-01..2026-02-02 day POINT",
                        "last night@56-66 2026-02-01..2026-02-02 day POINT"),
                resolve("Drones killed six people overnight. The ambush happened last night.", monday));
    }

    @Test
    void rolesClockTimesAndWhatIsLeftOut() {
        LocalDate monday = LocalDate.of(2026, 2, 2);
        assertEquals(List.of("10 PM on Friday@20-35 2026-01-30T22:00 hour START",
                        "2 AM@41-45 2026-01-31T02:00 hour END", "6 AM on Sunday@66-80 2026-02-01T06:00 hour END"),
                resolve("Fighting raged from 10 PM on Friday till 2 AM. The siege ended at 6 AM on Sunday.", monday));
        assertEquals(List.of("1948@129-133 1948-01-01..1948-12-31 year POINT"),
                resolve("The city was held for nine hours. Fighting goes on every day and continues now. "
                        + "A 16-year-old boy died. The group was founded in 1948.", monday));
        assertEquals(List.of("3 p.m.@30-36 2011-11-10T15:00 hour POINT", "Thursday@65-73 2011-11-10 day POINT"),
                resolve("Witnesses heard explosions at 3 p.m. (1200 GMT) near the camp on Thursday.",
                        LocalDate.of(2011, 11, 10)));
        assertEquals(List.of("20:00@5-10 2025-05-24T20:00 hour START", "24 May@38-44 2025-05-24 day POINT",
                        "00:00 on 25 May@48-63 2025-05-25T00:00 hour END"),
                resolve("From 20:00 Moscow time (17:00 GMT) on 24 May to 00:00 on 25 May, air defence units "
                        + "destroyed 95 drones.", LocalDate.of(2025, 5, 25)));
    }

    @Test
    void undatedReport() {
        assertEquals(List.of("January 31 at 8 PM@23-41 unresolved START", "4:30 AM@59-66 unresolved END",
                        "Saturday@90-98 unresolved POINT", "December 14, 2024@124-141 2024-12-14 day POINT"),
                resolve("The operation began on January 31 at 8 PM. It lasted until 4:30 AM. Militants attacked on "
                        + "Saturday. An earlier clash was on December 14, 2024.", null));
    }
}
