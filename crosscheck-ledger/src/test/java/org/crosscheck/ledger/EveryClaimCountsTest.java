package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.bench.Synthetic;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Casualties;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Place;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, "every claim reaches the ledger": each report's extracted claims are all either counted for an
 * incident or kept as its background, and a background figure never reaches an incident's fatalities.
 */
class EveryClaimCountsTest {
    @TempDir
    Path tmp;

    static List<String> stores() {
        return TestStores.names();
    }

    /** Two figures and no incident found: "Gunmen killed 5 people in Ruvana on Saturday, police said…". */
    static final String NO_EVENT = "Gunmen killed 5 people in Ruvana on Saturday, police said. Local residents said "
            + "at least 7 were killed.";

    /** A figure told before the incident, the incident, and a war's toll after it (the extractor marks it background). */
    static final String WITH_BACKGROUND = "Nine soldiers died, the army said on Monday. Rebels ambushed an army "
            + "convoy near Tessaly on Sunday. The war has killed more than 40,000 people since 2014, a monitor says.";

    static Synthetic.Report noEvent() {
        String b = NO_EVENT;
        List<Actor> actors = List.of(
                new Actor("a1", "Police", List.of("police"), ActorKind.POLICE, "RV", null, null, List.of()),
                new Actor("a2", "Local residents", List.of(), ActorKind.OTHER, null, null, null, List.of()),
                new Actor("a3", "People", List.of("people"), ActorKind.OTHER, null, null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Ruvana", List.of(), null, 4.5, 31.2, "SS", "Upper Ruva", null,
                1, null, List.of(Synthetic.span(b, "Ruvana"))));
        List<Claim> claims = List.of(
                new Claim("c1", "a1", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, null,
                        new Casualties(Outcome.KILLED, "a3", Count.exactly(5, "5 people")), null, null, List.of(),
                        List.of(Synthetic.span(b, "Gunmen killed 5 people in Ruvana on Saturday"))),
                new Claim("c2", "a2", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, null,
                        new Casualties(Outcome.KILLED, "a3", Count.atLeast(7, "at least 7")), null, null, List.of(),
                        List.of(Synthetic.span(b, "at least 7 were killed"))));
        return Fixtures.report("ruvana.txt", b, "Outlet R", "https://example.org/ruvana", LocalDate.of(2021, 3, 8),
                actors, places, List.of(), claims);
    }

    static Synthetic.Report withBackground() {
        String b = WITH_BACKGROUND;
        List<Actor> actors = List.of(
                new Actor("a1", "Army", List.of("the army"), ActorKind.STATE_FORCES, "TS", null, null, List.of()),
                new Actor("a2", "Soldiers", List.of("soldiers"), ActorKind.STATE_FORCES, "TS", "a1", null, List.of()),
                new Actor("a3", "Rebels", List.of(), ActorKind.ARMED_GROUP, null, null, null, List.of()),
                new Actor("a4", "Monitor", List.of("a monitor"), ActorKind.OTHER, null, null, null, List.of()),
                new Actor("a5", "People", List.of("people"), ActorKind.OTHER, null, null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Tessaly", List.of(), null, 12.1, 14.3, "TS", "North", null, 2,
                null, List.of(Synthetic.span(b, "Tessaly"))));
        List<Event> events = List.of(new Event("e1", EventType.BATTLES, "Armed clash", null,
                new TimeRange("2021-06-06", "2021-06-06", TimePrecision.DAY, "on Sunday"), "p1", List.of("a3", "a1"),
                null, List.of(Synthetic.span(b, "Rebels ambushed an army convoy"))));
        List<Claim> claims = List.of(
                new Claim("c1", "a1", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, null,
                        new Casualties(Outcome.KILLED, "a2", Count.exactly(9, "Nine soldiers")), null, null,
                        List.of(), List.of(Synthetic.span(b, "Nine soldiers died"))),
                new Claim("c2", "a4", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, null,
                        new Casualties(Outcome.KILLED, "a5", Count.atLeast(40001, "more than 40,000 people")), null,
                        null, List.of(), List.of(Synthetic.span(b, "The war has killed more than 40,000 people")),
                        "scope.campaign-perfect", Scope.BACKGROUND));
        return Fixtures.report("tessaly.txt", b, "Outlet T", "https://example.org/tessaly", LocalDate.of(2021, 6, 7),
                actors, places, events, claims);
    }

    /** Every claim of the report is counted for an event or kept as background, never both, never neither. */
    static void assertNoClaimLost(Ledger l, IngestResult r, Synthetic.Report report) {
        ReportClaims held = l.claims(r.reportId());
        Set<String> extracted = new HashSet<>();
        report.extraction().claims().forEach(c -> extracted.add(c.id()));
        Set<String> inLedger = new HashSet<>(held.events().keySet());
        held.background().forEach(f -> inLedger.add(f.claimId().substring(f.claimId().indexOf('/') + 1)));
        assertEquals(extracted, inLedger, report.source().name());
        assertEquals(extracted.size(), held.events().size() + held.background().size(), "none counted twice");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void claimsOfAReportThatTellsNoIncidentMakeAnIncidentOfTheirOwn(String store) throws Exception {
        try (Ledger l = Ledger.open(TestStores.freshUrl(store, tmp))) {
            IngestResult r = l.ingest(noEvent().extraction(), noEvent().source());
            assertNoClaimLost(l, r, noEvent());
            assertEquals(1, r.ledgerEvents().size());
            LedgerEvent e = l.event(r.ledgerEvents().get(0));
            assertEquals(2, e.claimCount());
            // People of no stated side killed, and no frame: ACLED's violence against civilians (attack).
            assertEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, e.eventType());
            assertEquals("Attack", e.subEventType());
            assertEquals(LocalDate.of(2021, 3, 8), e.startDate(), "dated by the report");
            assertEquals(DatePrecision.PUBLISHED, e.timePrecision(), "and the precision says so");
            assertEquals("Ruvana", e.location(), "placed where the claim's words name a place");
            assertEquals(List.of(), l.claims(r.reportId()).background());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aFigureBeforeTheIncidentJoinsItAndAWarsTollStaysTheReportsContext(String store) throws Exception {
        try (Ledger l = Ledger.open(TestStores.freshUrl(store, tmp))) {
            Synthetic.Report report = withBackground();
            IngestResult r = l.ingest(report.extraction(), report.source());
            assertNoClaimLost(l, r, report);
            long event = r.ledgerEvents().get(0);
            ReportClaims held = l.claims(r.reportId());
            assertEquals(Long.valueOf(event), held.events().get("c1"), "the figure told first joins the incident");
            assertEquals(1, held.background().size());
            ClaimFigure toll = held.background().get(0);
            assertEquals("Monitor", toll.claimant());
            assertEquals(40001, toll.low());
            assertEquals(1, l.event(event).claimCount());
            StringWriter acled = new StringWriter();
            l.export(ExportFormat.ACLED_CSV, EstimatePolicy.ACLED, EventQuery.all(), acled);
            assertTrue(acled.toString().contains(",9,"), acled.toString());
            assertTrue(!acled.toString().contains("40001") && !acled.toString().contains("40,000"),
                    "the background figure is in no export: " + acled);
        }
    }
}
