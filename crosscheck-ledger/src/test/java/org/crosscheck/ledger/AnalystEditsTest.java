package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.crosscheck.model.Outcome;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An analyst detaches a claim from its event, and sets a figure of the analyst's own; on H2 and PostgreSQL. */
class AnalystEditsTest {
    @TempDir
    Path tmp;

    static List<String> stores() {
        return TestStores.names();
    }

    /** Kerenga told twice: a monitor's "no one was killed" against a commissioner's "at least 12". */
    private record Kerenga(Ledger ledger, long event, long reportA, long reportB) {
    }

    private Kerenga kerenga(String store) throws Exception {
        Ledger l = Ledger.open(TestStores.freshUrl(store, tmp));
        IngestResult a = l.ingest(Fixtures.kerengaA().extraction(), Fixtures.kerengaA().source());
        IngestResult b = l.ingest(Fixtures.kerengaB().extraction(), Fixtures.kerengaB().source());
        assertEquals(a.ledgerEvents().get(0), b.ledgerEvents().get(0), "both reports tell one event");
        return new Kerenga(l, a.ledgerEvents().get(0), a.reportId(), b.reportId());
    }

    private static boolean counts(Ledger l, long event, String claimId) {
        Reconciliation r = l.reconcile(event);
        return r.groups().stream().flatMap(g -> g.figures().stream()).anyMatch(f -> f.claimId().equals(claimId))
                || r.otherClaims().stream().anyMatch(f -> f.claimId().equals(claimId));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aDetachedClaimCountsNoMoreForItsEventAndReturnsWithItsUndo(String store) throws Exception {
        Kerenga k = kerenga(store);
        try (Ledger l = k.ledger()) {
            String zero = k.reportA() + "/c2";
            assertTrue(counts(l, k.event(), zero));
            assertTrue(l.reconcile(k.event()).contestReasons().stream().anyMatch(s -> s.contains("Camp Monitor sources")),
                    l.reconcile(k.event()).contestReasons().toString());
            int claimsBefore = l.event(k.event()).claimCount();

            assertNull(l.detach(zero, false, "ana", "the monitor spoke of another camp"));
            assertFalse(counts(l, k.event(), zero), "a detached claim is no figure of the event");
            assertTrue(l.reconcile(k.event()).contestReasons().stream().noneMatch(s -> s.contains("Camp Monitor sources")),
                    "nor does it contest the event: " + l.reconcile(k.event()).contestReasons());
            assertEquals(claimsBefore - 1, l.event(k.event()).claimCount());
            assertEquals(12, l.reconcile(k.event()).fatalities(EstimatePolicy.ACLED).best());
            ReportClaims ofA = l.claims(k.reportA());
            assertTrue(ofA.background().stream().anyMatch(f -> f.claimId().equals(zero)), "it is its report's context");
            List<HistoryEntry> ch = l.history(zero);
            assertEquals("moved from event " + k.event() + " to its report's context", ch.get(ch.size() - 1).what());
            assertEquals("ana", ch.get(ch.size() - 1).who());
            assertTrue(l.history("event:" + k.event()).stream().anyMatch(h -> h.what().equals("claim detached")
                    && h.why().contains("another camp")));

            // Undo: back on the event its report event is in, counted and contesting again.
            assertEquals(k.event(), l.reattach(zero, "ana", "same camp after all"));
            assertTrue(counts(l, k.event(), zero));
            assertEquals(claimsBefore, l.event(k.event()).claimCount());
            assertThrows(IllegalArgumentException.class, () -> l.reattach(zero, "ana", "twice"));
            assertEquals("moved from its report's context to event " + k.event(),
                    l.history(zero).get(l.history(zero).size() - 1).what());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aClaimDetachedIntoAnEventOfItsOwnStaysThereWhenItsReportEventMoves(String store) throws Exception {
        Kerenga k = kerenga(store);
        try (Ledger l = k.ledger()) {
            String twelve = k.reportB() + "/c1";
            Long own = l.detach("claim:" + twelve, true, "ana", "a second strike that evening");
            assertNotNull(own);
            assertNotEquals(k.event(), own);
            assertTrue(l.isActive(own));
            assertTrue(counts(l, own, twelve));
            assertFalse(counts(l, k.event(), twelve));
            assertEquals(12, l.reconcile(own).fatalities(EstimatePolicy.ACLED).best());
            assertEquals(0, l.reconcile(k.event()).fatalities(EstimatePolicy.ACLED).best(),
                    "the monitor's zero is the event's only figure of deaths now");
            LedgerEvent e = l.event(own);
            assertEquals("Kerenga", e.location(), "placed from its report event");
            assertEquals(java.time.LocalDate.of(2019, 5, 9), e.startDate());
            assertEquals(1, e.claimCount());
            assertEquals(List.of(k.reportB()), l.why(own).reports().stream().map(ReportRef::id).toList(),
                    "its source is the claim's report");
            assertEquals(List.of(twelve), l.detached(k.event()).stream().map(DetachedClaim::claimId).toList());
            assertEquals(own, l.detached(own).get(0).ledgerEventId());
            assertTrue(l.history("event:" + own).stream().anyMatch(h -> h.why().contains("out of event " + k.event())));

            // Report B's event is split off: the detached claim does not follow it; its other claims do.
            long split = l.split(k.event(), k.reportB(), null, "ana", "another report of another day");
            assertFalse(counts(l, split, twelve));
            assertTrue(counts(l, split, k.reportB() + "/c2"));
            assertTrue(counts(l, own, twelve));

            // Undo: the claim joins its report event where it is now; the event made for it is retired.
            assertEquals(split, l.reattach(twelve, "ana", "one strike"));
            assertTrue(counts(l, split, twelve));
            assertFalse(l.isActive(own));
            assertThrows(InactiveEventException.class,
                    () -> l.setAnalystFigure(own, Outcome.KILLED, null, 3, "ana", "a retired event"));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void detachingIsRefusedWithoutAuthorOrForAClaimOnNoEvent(String store) throws Exception {
        Kerenga k = kerenga(store);
        try (Ledger l = k.ledger()) {
            String zero = k.reportA() + "/c2";
            assertThrows(IllegalArgumentException.class, () -> l.detach(zero, false, "ana", " "));
            assertThrows(NoSuchElementException.class, () -> l.detach(k.reportA() + "/c99", false, "ana", "x"));
            assertThrows(IllegalArgumentException.class, () -> l.detach("event:" + k.event(), false, "ana", "x"));
            l.detach(zero, false, "ana", "background");
            assertThrows(IllegalArgumentException.class, () -> l.detach(zero, true, "ana", "again"));
            assertTrue(counts(l, k.event(), k.reportB() + "/c1"), "the refused calls changed nothing else");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anAnalystsFigureIsTheAnalystsCountedOnlyUnderItsPolicyAndWithdrawn(String store) throws Exception {
        Kerenga k = kerenga(store);
        try (Ledger l = k.ledger()) {
            Reconciliation before = l.reconcile(k.event());
            long id = l.setAnalystFigure(k.event(), Outcome.KILLED, null, 9, "ana", "the hospital lists 9 names");
            Reconciliation r = l.reconcile(k.event());
            assertEquals(before.groups(), r.groups(), "the reported figures are as they were");
            assertEquals(before.contestReasons(), r.contestReasons(), "an analyst's figure contests nothing");
            assertEquals(12, r.fatalities(EstimatePolicy.ACLED).best());
            assertEquals(before.fatalities(EstimatePolicy.RANGE), r.fatalities(EstimatePolicy.RANGE));
            assertEquals(9, r.fatalities(EstimatePolicy.ANALYST).best());
            assertEquals(EstimatePolicy.ANALYST, EstimatePolicy.named("analyst"));
            AnalystFigure f = r.analystFigures().get(0);
            assertEquals("Analyst (editor ana) codes 9 killed: the hospital lists 9 names", f.statement());
            assertTrue(l.history("event:" + k.event()).stream()
                    .anyMatch(h -> h.what().equals("analyst figure " + id + ": " + f.statement())));

            // A figure for one side stands for that side's; a new one for the same victims replaces the old.
            long side = l.setAnalystFigure(k.event(), Outcome.KILLED, "people", 10, "bo", "camp register");
            l.withdrawAnalystFigure(id, "ana", "superseded by the register");
            assertEquals(10, l.reconcile(k.event()).fatalities(EstimatePolicy.ANALYST).best());
            long again = l.setAnalystFigure(k.event(), Outcome.KILLED, "People", 11, "bo", "register updated");
            Reconciliation now = l.reconcile(k.event());
            assertEquals(11, now.fatalities(EstimatePolicy.ANALYST).best());
            assertFalse(now.analystFigures().stream().filter(a -> a.id() == side).findFirst().orElseThrow().active());
            assertThrows(IllegalArgumentException.class, () -> l.withdrawAnalystFigure(id, "ana", "twice"));

            // Exports: the analyst policy's fatalities and notes; the claims table lists the figure as the analyst's.
            Map<String, String> acled = row(l, ExportFormat.ACLED_CSV, EstimatePolicy.ANALYST, k.event());
            assertEquals("11", acled.get("fatalities"));
            assertTrue(acled.get("notes").contains("Analyst (editor bo) codes 11 People killed: register updated"),
                    acled.get("notes"));
            assertEquals("12", row(l, ExportFormat.ACLED_CSV, EstimatePolicy.ACLED, k.event()).get("fatalities"));
            assertFalse(row(l, ExportFormat.ACLED_CSV, EstimatePolicy.ACLED, k.event()).get("notes")
                    .contains("Analyst"));
            ExportColumnsTest.Table claims = ExportColumnsTest.read(export(l, ExportFormat.CLAIMS_CSV,
                    EstimatePolicy.ACLED));
            List<Map<String, String>> analyst = claims.rows().stream()
                    .filter(c -> c.get("claimant").equals(AnalystFigure.CLAIMANT)).toList();
            assertEquals(1, analyst.size(), "only the active figure: " + analyst);
            assertEquals("analyst:" + again, analyst.get(0).get("claim_id"));
            assertEquals("bo", analyst.get(0).get("via"));
            assertEquals("11", analyst.get(0).get("low"));
            assertEquals("", analyst.get(0).get("report_id"), "no report says it");
            Map<String, String> ucdp = row(l, ExportFormat.UCDP_CSV, EstimatePolicy.ANALYST, k.event());
            assertFalse(ucdp.get("source_original").contains(AnalystFigure.CLAIMANT), ucdp.get("source_original"));
            assertEquals("11", ucdp.get("best"));

            l.withdrawAnalystFigure(again, "bo", "undo");
            assertEquals(12, l.reconcile(k.event()).fatalities(EstimatePolicy.ANALYST).best(),
                    "with no analyst's figure the policy is acled's");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anAnalystsFigureIsRefusedWithoutReasonOrACount(String store) throws Exception {
        Kerenga k = kerenga(store);
        try (Ledger l = k.ledger()) {
            assertThrows(IllegalArgumentException.class,
                    () -> l.setAnalystFigure(k.event(), Outcome.KILLED, null, -1, "ana", "why"));
            assertThrows(IllegalArgumentException.class,
                    () -> l.setAnalystFigure(k.event(), Outcome.KILLED, null, 3, "ana", ""));
            assertThrows(IllegalArgumentException.class,
                    () -> l.setAnalystFigure(k.event(), null, null, 3, "ana", "why"));
            assertThrows(NoSuchElementException.class,
                    () -> l.setAnalystFigure(999_999, Outcome.KILLED, null, 3, "ana", "why"));
            assertThrows(NoSuchElementException.class, () -> l.withdrawAnalystFigure(999_999, "ana", "why"));
            assertTrue(l.reconcile(k.event()).analystFigures().isEmpty());
        }
    }

    private static Map<String, String> row(Ledger l, ExportFormat f, EstimatePolicy p, long event) throws Exception {
        return ExportColumnsTest.read(export(l, f, p)).rows().stream().filter(r -> r.get("crosscheck_event_id").equals(
                String.valueOf(event))).findFirst().orElseThrow();
    }

    private static String export(Ledger l, ExportFormat f, EstimatePolicy p) throws Exception {
        StringWriter w = new StringWriter();
        l.export(f, p, EventQuery.all(), w);
        return w.toString();
    }
}
