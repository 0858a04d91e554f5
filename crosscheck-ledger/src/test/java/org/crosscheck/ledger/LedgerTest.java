package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ledger.bench.Synthetic;
import org.crosscheck.ledger.ingest.ReportUrls;
import org.crosscheck.ledger.query.PartyFilter;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ledger's behaviour, run on H2 and, when one is reachable, on PostgreSQL. */
class LedgerTest {
    @TempDir
    Path tmp;

    static List<String> stores() {
        return TestStores.names();
    }

    private Ledger open(String store) throws Exception {
        return Ledger.open(TestStores.freshUrl(store, tmp));
    }

    private static IngestResult ingest(Ledger l, Synthetic.Report r) {
        return l.ingest(r.extraction(), r.source());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void reingestingTheSameBodyChangesNothing(String store) throws Exception {
        try (Ledger l = open(store)) {
            IngestResult first = ingest(l, Synthetic.kalat());
            assertEquals(IngestResult.Status.STORED, first.status());
            Ledger.Stats before = l.stats();
            IngestResult again = ingest(l, Synthetic.kalat());
            assertEquals(IngestResult.Status.UNCHANGED, again.status());
            assertEquals(first.reportId(), again.reportId());
            assertEquals(before, l.stats());
            assertEquals(1, before.reports());
            assertEquals(4, before.reportEvents());
            assertEquals(10, before.claims());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aHeaderUrlThatIsNoAddressMakesNoVersions(String store) throws Exception {
        try (Ledger l = open(store)) {
            // Two different reports whose headers both say "unknown" (as corpus texts do) are not versions of one.
            IngestResult a = ingest(l, Fixtures.kerengaB(Fixtures.KERENGA_B, "a.txt", "unknown"));
            IngestResult b = ingest(l, Fixtures.kerengaB(Fixtures.KERENGA_B.replace("Thursday", "Thursday afternoon")
                    + " A second outlet's text: the commissioner gave the same figure, and aid workers described the "
                    + "damage at the camp, where thousands had arrived from South Kordofan in recent months.", "b.txt",
                    "unknown"));
            assertEquals(IngestResult.Status.STORED, b.status());
            assertNull(b.supersedes());
            long event = b.ledgerEvents().get(0);
            assertEquals(a.ledgerEvents().get(0), event);
            assertEquals(2, l.event(event).reportCount());
            assertEquals(6, l.event(event).claimCount());
        }
        assertNull(ReportUrls.usable("n/a (MUC-4 corpus document TST4-MUC4-0078)"));
        assertNull(ReportUrls.usable(" unknown "));
        assertEquals("https://example.org/a?b=1", ReportUrls.usable(" https://example.org/a?b=1 "));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aChangedBodyAtTheSameUrlIsANewVersionAndTheOldOneStays(String store) throws Exception {
        try (Ledger l = open(store)) {
            Synthetic.Report v1 = Fixtures.kerengaB();
            IngestResult r1 = ingest(l, v1);
            Synthetic.Report v2 = Fixtures.withBody(v1, Fixtures.KERENGA_B.replace("Thursday", "Thursday afternoon")
                    + " Updated: the commissioner later gave the same figure to several outlets, and the UN said it "
                    + "was sending a team to the camp to assess the damage and the needs of the refugees there.");
            IngestResult r2 = ingest(l, v2);
            assertEquals(IngestResult.Status.NEW_VERSION, r2.status());
            assertEquals(r1.reportId(), r2.supersedes());
            assertEquals(2, l.stats().reports());
            List<HistoryEntry> h = l.history("report:" + r1.reportId());
            assertEquals(2, h.size(), h.toString());
            assertTrue(h.get(1).what().contains("version 2"), h.toString());
            // The old version's claims are not counted twice.
            long event = r2.ledgerEvents().get(0);
            assertEquals(r1.ledgerEvents().get(0), event);
            assertEquals(1, l.event(event).reportCount());
            assertEquals(3, l.event(event).claimCount());
            assertEquals(3, l.extraction(r1.reportId()).claims().size());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anotherStoryAtTheSameUrlIsANewReportAndBothCount(String store) throws Exception {
        try (Ledger l = open(store)) {
            // A headline page keeps its address while its story changes: the second story is no version of the first.
            IngestResult first = ingest(l, Fixtures.kerengaB());
            IngestResult other = ingest(l, Fixtures.atUrl(Fixtures.lokuru(), Fixtures.kerengaB().source().url()));
            assertEquals(IngestResult.Status.STORED, other.status());
            assertNull(other.supersedes());
            assertEquals(2, l.stats().reports());
            long a = first.ledgerEvents().get(0);
            long b = other.ledgerEvents().get(0);
            assertNotEquals(a, b);
            assertEquals(1, l.event(a).reportCount());
            assertEquals(3, l.event(a).claimCount());
            assertEquals(12, l.reconcile(a).fatalities(EstimatePolicy.ACLED).best());
            assertEquals(1, l.event(b).claimCount());
            // A corrected first story at that URL is still its new version, and leaves the other story counted.
            IngestResult v2 = ingest(l, Fixtures.withBody(Fixtures.kerengaB(), Fixtures.KERENGA_B + " (Corrected.)"));
            assertEquals(IngestResult.Status.NEW_VERSION, v2.status());
            assertEquals(first.reportId(), v2.supersedes());
            assertEquals(3, l.event(a).claimCount());
            assertEquals(1, l.event(b).claimCount());
            assertEquals(7, l.reconcile(b).fatalities(EstimatePolicy.ACLED).best());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void editsMergesAndSplitsTouchOnlyActiveEvents(String store) throws Exception {
        try (Ledger l = open(store)) {
            IngestResult a = ingest(l, Fixtures.kerengaB());
            IngestResult b = ingest(l, Fixtures.lokuru());
            long kept = a.ledgerEvents().get(0);
            long absorbed = b.ledgerEvents().get(0);
            l.merge(kept, absorbed, "ana", "one strike");
            InactiveEventException twice = assertThrows(InactiveEventException.class,
                    () -> l.merge(kept, absorbed, "ana", "again"));
            assertTrue(twice.getMessage().contains("merged into event " + kept), twice.getMessage());
            assertThrows(InactiveEventException.class, () -> l.merge(absorbed, kept, "ana", "the other way"));
            assertThrows(InactiveEventException.class,
                    () -> l.edit("event:" + absorbed, "location", "Elsewhere", "ana", "moved"));
            assertThrows(InactiveEventException.class, () -> l.split(absorbed, b.reportId(), null, "ana", "apart"));
            // The refused calls wrote nothing: one merge in the history, the kept event holds both reports.
            assertEquals(1, l.history("event:" + kept).stream().filter(h -> h.what().equals("merge"))
                    .count(), l.history("event:" + kept).toString());
            assertEquals(2, l.event(kept).reportCount());
            // A split that takes an event's last report retires it too.
            l.split(kept, b.reportId(), null, "ana", "another strike");
            l.split(kept, a.reportId(), null, "ana", "start again");
            assertFalse(l.isActive(kept));
            InactiveEventException emptied = assertThrows(InactiveEventException.class,
                    () -> l.edit("event:" + kept, "location", "Elsewhere", "ana", "moved"));
            assertTrue(emptied.getMessage().contains("holds no report"), emptied.getMessage());
            assertThrows(java.util.NoSuchElementException.class, () -> l.merge(999_999, absorbed, "ana", "none"));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aHostileHeaderIsNeitherAFormulaNorALink(String store) throws Exception {
        try (Ledger l = open(store)) {
            String formula = "=HYPERLINK(\"http://127.0.0.1:9/x\",\"click\")";
            IngestResult r = ingest(l, Fixtures.withHeader(Fixtures.lokuru(), formula, "javascript://x/%0Aalert(1)"));
            assertNull(l.report(r.reportId()).url(), "only http(s) addresses are stored");
            for (ExportFormat f : List.of(ExportFormat.ACLED_CSV, ExportFormat.UCDP_CSV)) {
                StringWriter w = new StringWriter();
                l.export(f, EstimatePolicy.ACLED, EventQuery.all(), w);
                List<List<String>> rows = new ArrayList<>();
                try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                        .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                        .readerForListOf(String.class).<List<String>>readValues(w.toString())) {
                    it.forEachRemaining(rows::add);
                }
                assertEquals(2, rows.size(), f + ": header and one row");
                assertTrue(rows.get(1).contains("'" + formula), f + ": " + rows.get(1));
                for (String cell : rows.get(1)) {
                    assertFalse(cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+"), f + ": " + cell);
                    assertFalse(cell.contains("javascript:"), f + ": " + cell);
                }
            }
        }
        assertNull(ReportUrls.usable("file:///etc/passwd"));
        assertEquals("http://example.org/a", ReportUrls.usable("http://example.org/a"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aSyndicatedCopyIsLinkedAndNotCountedTwice(String store) throws Exception {
        try (Ledger l = open(store)) {
            IngestResult original = ingest(l, Fixtures.kerengaB());
            IngestResult copy = ingest(l, Fixtures.kerengaB(Fixtures.KERENGA_B_COPY, "huffpost.txt", "https://example.org/copy"));
            assertEquals(IngestResult.Status.DUPLICATE, copy.status());
            assertEquals(original.reportId(), copy.duplicateOf());
            long event = original.ledgerEvents().get(0);
            assertEquals(List.of(event), copy.ledgerEvents());
            LedgerEvent e = l.event(event);
            assertEquals(1, e.reportCount());
            assertEquals(3, e.claimCount());
            assertEquals(12, l.reconcile(event).fatalities(EstimatePolicy.ACLED).best());
            // An unrelated story is not taken for a copy.
            assertEquals(IngestResult.Status.STORED, ingest(l, Fixtures.lokuru()).status());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void reportsOfOneIncidentBecomeOneEventAndOtherIncidentsStayApart(String store) throws Exception {
        try (Ledger l = open(store)) {
            IngestResult a = ingest(l, Fixtures.kerengaA());
            IngestResult g = ingest(l, Fixtures.lokuru());
            IngestResult b = ingest(l, Fixtures.kerengaB());
            assertEquals(a.ledgerEvents(), b.ledgerEvents());
            assertNotEquals(a.ledgerEvents(), g.ledgerEvents());
            long kerenga = a.ledgerEvents().get(0);
            LedgerEvent e = l.event(kerenga);
            assertEquals(2, e.reportCount());
            assertEquals("Kerenga", e.location());
            assertEquals(LocalDate.of(2019, 5, 9), e.startDate());
            Explanation why = l.why(kerenga);
            assertEquals(2, why.reports().size());
            MatchDecision matched = why.decisions().stream().filter(d -> d.decision() == MatchDecision.Kind.MATCHED).findFirst()
                    .orElseThrow();
            assertTrue(matched.reasons().contains("same place name: kerenga"), matched.reasons());
            assertTrue(matched.reasons().contains("shared actor"), matched.reasons());
            assertEquals(3, l.stats().ledgerEvents() + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theCommissionersTwelveAgainstTheDenialsIsContested(String store) throws Exception {
        try (Ledger l = open(store)) {
            ingest(l, Fixtures.kerengaA());
            long kerenga = ingest(l, Fixtures.kerengaB()).ledgerEvents().get(0);
            Reconciliation r = l.reconcile(kerenga);
            assertTrue(r.contested());
            assertTrue(l.event(kerenga).contested());
            assertTrue(String.join(" | ", r.contestReasons()).contains("Federal Air Command denies"), r.contestReasons().toString());
            // The denial names the claimant it stands against, with the commissioner's figures.
            assertTrue(r.contestReasons().stream().anyMatch(x -> x.startsWith("Federal Air Command denies that the event took "
                    + "place; ") && x.contains("Samuel Lokeny claims at least 12 People killed, 20 People wounded")),
                    r.contestReasons().toString());
            VictimGroup killed = r.groups().stream().filter(gr -> gr.outcome() == Outcome.KILLED).findFirst().orElseThrow();
            // "no one was killed" against "at least 12": zero against a positive count.
            assertTrue(killed.contested(), killed.toString());
            assertEquals(2, killed.figures().size());
            assertEquals(12, r.fatalities(EstimatePolicy.ACLED).best());
            Estimate range = r.fatalities(EstimatePolicy.RANGE);
            assertEquals(0, range.low());
            assertEquals(12, range.high());
            assertEquals(1, l.events(new EventQuery(null, null, null, null, null, null, true, 10, 0)).size());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theKalatOperationExportsWithAcledFatalitiesAndAttributedNotes(String store) throws Exception {
        try (Ledger l = open(store)) {
            ingest(l, Synthetic.kalat());
            StringWriter w = new StringWriter();
            l.export(ExportFormat.ACLED_CSV, EstimatePolicy.ACLED, EventQuery.all(), w);
            List<String> lines = w.toString().lines().toList();
            assertEquals(3, lines.size(), w.toString());
            List<String> header = List.of(lines.get(0).split(","));
            assertTrue(header.containsAll(List.of("event_date", "event_type", "sub_event_type", "actor1", "actor2",
                    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "time_precision", "source",
                    "notes", "fatalities", "contested", "report_ids", "report_files", "report_urls")));
            String kalat = lines.stream().filter(s -> s.contains("Kalat")).findFirst().orElseThrow();
            List<String> cells = Csv.parse(kalat);
            assertEquals("25", cells.get(header.indexOf("fatalities")));
            assertEquals("true", cells.get(header.indexOf("contested")));
            String notes = cells.get(header.indexOf("notes"));
            assertTrue(notes.contains("Baloch Liberation Army (via Azad Baloch) said at least 25 Pakistan Armed Forces killed"), notes);
            assertTrue(notes.contains("Inter-Services Public Relations said Baloch Liberation Army harmed"), notes);
            for (String part : notes.split("; ")) {
                assertTrue(part.startsWith("Baloch Liberation Army") || part.startsWith("Inter-Services Public Relations"),
                        "unattributed: " + part);
                // Attributed with the same neutral verbs for every claimant; no verdict of our own.
                assertTrue(part.matches("(Baloch Liberation Army|Inter-Services Public Relations)( \\(via [^)]+\\))? "
                        + "(said|denied|claimed|reported):? .*"), "not in the attributed form: " + part);
            }
            assertTrue(notes.contains("5 Pakistan Armed Forces killed") && notes.contains("18 Frontier Corps killed"),
                    "child incidents' claims are in the operation's notes: " + notes);
            String panjgur = lines.stream().filter(s -> s.contains("Panjgur")).findFirst().orElseThrow();
            assertEquals("3", Csv.parse(panjgur).get(header.indexOf("fatalities")));

            StringWriter ucdp = new StringWriter();
            l.export(ExportFormat.UCDP_CSV, EstimatePolicy.RANGE, EventQuery.all(), ucdp);
            List<String> uh = List.of(ucdp.toString().lines().findFirst().orElseThrow().split(","));
            List<String> uk = Csv.parse(ucdp.toString().lines().filter(s -> s.contains("Kalat")).findFirst().orElseThrow());
            assertEquals("25", uk.get(uh.indexOf("best")));
            assertEquals("25", uk.get(uh.indexOf("deaths_b")), "Pakistan Armed Forces is side b");
            assertEquals("0", uk.get(uh.indexOf("deaths_a")));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void jsonAndGeojsonExportsParse(String store) throws Exception {
        try (Ledger l = open(store)) {
            ingest(l, Synthetic.kalat());
            ingest(l, Fixtures.kerengaB());
            var mapper = new org.crosscheck.json.ReportJson().mapper();
            StringWriter w = new StringWriter();
            l.export(ExportFormat.JSON, EstimatePolicy.RANGE, EventQuery.all(), w);
            var arr = mapper.readTree(w.toString());
            assertEquals(3, arr.size());
            StringWriter g = new StringWriter();
            l.export(ExportFormat.GEOJSON, EstimatePolicy.ACLED, EventQuery.all(), g);
            var fc = mapper.readTree(g.toString());
            assertEquals("FeatureCollection", fc.get("type").asText());
            assertEquals(3, fc.get("features").size());
            var kalat = fc.get("features").get(2);
            assertEquals("Kalat", kalat.get("properties").get("location").asText());
            assertEquals(66.59361, kalat.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
            assertEquals(29.02663, kalat.get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
            assertTrue(fc.get("features").get(0).get("geometry").isNull(), "Kerenga has no coordinates");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anEditIsANewVersionAndTheExtractionStays(String store) throws Exception {
        try (Ledger l = open(store)) {
            IngestResult r = ingest(l, Fixtures.kerengaB());
            long event = r.ledgerEvents().get(0);
            String claim = r.reportId() + "/c1";
            l.edit("claim:" + claim, "low_count", "14", "analyst-1", "the hospital list names 14");
            l.edit(claim, "high_count", "14", "analyst-1", "exact figure");
            assertEquals(14, l.reconcile(event).fatalities(EstimatePolicy.ACLED).best());
            assertEquals(12, l.extraction(r.reportId()).claims().get(0).casualties().count().low());
            List<HistoryEntry> h = l.history(claim);
            assertEquals(3, h.size(), h.toString());
            assertEquals("extractor", h.get(0).who());
            assertEquals("low_count: 12 -> 14", h.get(1).what());
            assertEquals("analyst-1", h.get(1).who());
            l.edit(String.valueOf(event), "location", "Kerenga camp", "analyst-2", "name used by UNHCR");
            assertEquals("Kerenga camp", l.event(event).location());
            List<HistoryEntry> eh = l.history("event:" + event);
            assertTrue(eh.get(0).what().startsWith("created from report"), eh.toString());
            assertEquals("location: Kerenga -> Kerenga camp", eh.get(eh.size() - 1).what());
            assertThrows(IllegalArgumentException.class, () -> l.edit(claim, "low_count", "x", "a", "b"));
            assertThrows(IllegalArgumentException.class, () -> l.edit(claim, "low_count", "3", "a", " "));
            // Values the map, the JSON and the filters could not carry are refused before anything is stored.
            String e = "event:" + event;
            for (String[] bad : new String[][] {{"latitude", "NaN"}, {"latitude", "Infinity"}, {"latitude", "999"},
                {"longitude", "-180.5"}, {"country", "Yemen"}, {"country", "ye"}, {"end_date", "2019-05-08"},
                {"start_date", "2019-05-10"}}) {
                assertThrows(IllegalArgumentException.class, () -> l.edit(e, bad[0], bad[1], "a", "b"),
                        bad[0] + "=" + bad[1]);
            }
            assertEquals(eh.size(), l.history(e).size(), "the refused edits stored nothing");
            l.edit(e, "country", "SS", "a", "b");
            l.edit(e, "latitude", "-9.75", "a", "b");
            assertEquals(-9.75, l.event(event).latitude());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anAnalystSplitsAndMergesByHand(String store) throws Exception {
        try (Ledger l = open(store)) {
            IngestResult a = ingest(l, Fixtures.kerengaA());
            IngestResult b = ingest(l, Fixtures.kerengaB());
            long kerenga = a.ledgerEvents().get(0);
            long split = l.split(kerenga, b.reportId(), null, "analyst-1", "a second raid that afternoon");
            assertNotEquals(kerenga, split);
            assertEquals(1, l.event(kerenga).reportCount());
            assertEquals(1, l.event(split).reportCount());
            assertEquals(12, l.reconcile(split).fatalities(EstimatePolicy.ACLED).best());
            assertTrue(l.why(split).decisions().get(0).reasons().contains("a second raid"));
            l.merge(kerenga, split, "analyst-2", "same raid after all");
            assertEquals(2, l.event(kerenga).reportCount());
            assertEquals(1, l.stats().ledgerEvents());
            assertTrue(l.history(String.valueOf(kerenga)).stream().anyMatch(h -> h.who().equals("analyst-2")));
            assertThrows(IllegalArgumentException.class, () -> l.merge(kerenga, kerenga, "a", "b"));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theDevSetCheckPassesOneEventPerGroupAndFailsAMixedOrSplitGroup(String store) throws Exception {
        try (Ledger l = open(store)) {
            ingest(l, Fixtures.kerengaA());
            ingest(l, Fixtures.kerengaB());
            ingest(l, Fixtures.lokuru());
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            java.io.PrintStream out = new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8);
            java.util.Map<String, String> index = new java.util.LinkedHashMap<>();
            index.put("001.txt", "kerenga");
            index.put("003.txt", "kerenga");
            index.put("009.txt", "lokuru");
            assertTrue(org.crosscheck.ledger.bench.DevSetCheck.check(l, index, java.util.Map.of("kerenga", 12), out),
                    buf.toString());
            assertTrue(buf.toString().contains("kerenga") && buf.toString().contains("2/2"), buf.toString());
            // Lokuru's report said to be of the Kerenga incident: the group is split over two events.
            index.put("009.txt", "kerenga");
            buf.reset();
            assertFalse(org.crosscheck.ledger.bench.DevSetCheck.check(l, index, java.util.Map.of(), out), buf.toString());
            assertTrue(buf.toString().contains("missing [009.txt]"), buf.toString());
            // Kerenga's two reports said to be of two incidents: their one event mixes two groups.
            index.put("003.txt", "other");
            index.put("009.txt", "lokuru");
            buf.reset();
            assertFalse(org.crosscheck.ledger.bench.DevSetCheck.check(l, index, java.util.Map.of(), out), buf.toString());
            assertTrue(buf.toString().contains("MIXED event"), buf.toString());
            // A figure no claimant gives.
            index.put("003.txt", "kerenga");
            buf.reset();
            assertFalse(org.crosscheck.ledger.bench.DevSetCheck.check(l, index, java.util.Map.of("kerenga", 99), out),
                    buf.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anOperationIsNeverAdoptedAsAnotherOperationsIncident(String store) throws Exception {
        try (Ledger l = open(store)) {
            Synthetic.Report kalat = Synthetic.kalat();
            long kalatOp = ingest(l, kalat).ledgerEvents().get(0);
            assertFalse(l.why(kalatOp).children().isEmpty());
            // A second report: an operation elsewhere (Quetta, another type), whose incident is a battle at Kalat on
            // the same days with the same actors; it resembles the Kalat operation itself.
            Extraction x = kalat.extraction();
            String body = "Officials in Quetta announced a curfew on Saturday after fighting in Kalat between the "
                    + "Baloch Liberation Army and the Pakistani military on Friday night, a second report said.";
            List<org.crosscheck.model.Place> places = new ArrayList<>(x.places());
            places.add(new org.crosscheck.model.Place("p9", "Quetta", List.of("Quetta"), null, 30.18, 67.0, "PK",
                    "Balochistan", "Quetta", 1, null, List.of()));
            List<org.crosscheck.model.Event> events = List.of(
                    new org.crosscheck.model.Event("e1", org.crosscheck.model.EventType.STRATEGIC_DEVELOPMENTS, "Other",
                            null, new org.crosscheck.model.TimeRange("2025-02-01", "2025-02-01",
                            org.crosscheck.model.TimePrecision.DAY, null), "p9", List.of("a4"), null,
                            List.of(Synthetic.span(body, "announced a curfew"))),
                    new org.crosscheck.model.Event("e2", org.crosscheck.model.EventType.BATTLES,
                            "Non-state actor overtakes territory", "e1", new org.crosscheck.model.TimeRange("2025-01-31",
                            "2025-02-01", org.crosscheck.model.TimePrecision.DAY, null), "p1", List.of("a1", "a4"), null,
                            List.of(Synthetic.span(body, "fighting in Kalat"))));
            Synthetic.Report second = Fixtures.report("second.txt", body, "Second outlet", "https://example.org/second",
                    LocalDate.of(2025, 2, 2), x.actors(), places, events, List.of());
            IngestResult r = ingest(l, second);
            assertEquals(IngestResult.Status.STORED, r.status());
            assertNull(l.event(kalatOp).parentId(), "the Kalat operation stays a top-level event");
            long incident = r.ledgerEvents().get(1);
            assertNotEquals(kalatOp, incident);
            assertEquals(r.ledgerEvents().get(0), l.event(incident).parentId());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void eventsAreFilteredByDatePlaceActorClaimantAndContest(String store) throws Exception {
        String url = TestStores.freshUrl(store, tmp);
        try (Ledger l = Ledger.open(url)) {
            ingest(l, Synthetic.kalat());
            ingest(l, Fixtures.kerengaA());
            ingest(l, Fixtures.kerengaB());
            ingest(l, Fixtures.lokuru());
        }
        // Both plans of a name filter: names resolved first (few events), and checked per event (many).
        for (int rows : new int[] {PartyFilter.SELECTIVE_ROWS, 0}) {
            try (Ledger l = Ledger.open(url, Clock.systemUTC(), rows)) {
                checkFilters(l);
            }
        }
    }

    private static void checkFilters(Ledger l) {
        {
            assertEquals(6, l.events(EventQuery.all()).size());
            assertEquals(2, l.events(q(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), null, null, null, null, null)).size());
            assertEquals(4, l.events(q(null, null, "pk", null, null, null, null)).size());
            assertEquals(1, l.events(q(null, null, null, "Lakeland", null, null, null)).size());
            assertEquals(1, l.events(q(null, null, null, "Eastern Hills", null, null, null)).size());
            // A province is compared under the name key, as the API's index compares it: case and accents aside.
            assertEquals(1, l.events(q(null, null, null, "eastern hills", null, null, null)).size());
            assertEquals(1, l.events(q(null, null, null, " EASTERN  HÎLLS ", null, null, null)).size());
            assertEquals(0, l.events(q(null, null, null, "Eastern", null, null, null)).size());
            assertEquals(2, l.events(q(null, null, null, null, "FAC", null, null)).size());
            assertEquals(1, l.events(q(null, null, null, null, null, "ISPR", null)).size());
            assertEquals(1, l.events(q(null, null, null, null, null, "Daniel Ekai", null)).size());
            assertEquals(0, l.events(q(null, null, null, null, "no such actor", null, null)).size());
            assertEquals(1, l.events(q(null, null, "PK", null, "BLA", "ISPR", null)).size());
            // Paging: the second page of two-event pages continues the first, newest first.
            List<LedgerEvent> page1 = l.events(new EventQuery(null, null, "PK", null, null, null, null, 2, 0));
            List<LedgerEvent> page2 = l.events(new EventQuery(null, null, "PK", null, null, null, null, 2, 2));
            assertEquals(2, page1.size());
            assertEquals(2, page2.size());
            assertFalse(page1.get(1).startDate().isBefore(page2.get(0).startDate()));
            assertTrue(java.util.Collections.disjoint(page1.stream().map(LedgerEvent::id).toList(),
                    page2.stream().map(LedgerEvent::id).toList()));
            List<LedgerEvent> contested = l.events(q(null, null, null, null, null, null, true));
            assertEquals(2, contested.size(), contested.toString());
            List<LedgerEvent> all = l.events(EventQuery.all());
            List<LocalDate> dates = new ArrayList<>(all.stream().map(LedgerEvent::startDate).toList());
            List<LocalDate> sorted = new ArrayList<>(dates);
            sorted.sort(java.util.Comparator.reverseOrder());
            assertEquals(sorted, dates, "newest first");
        }
    }

    private static EventQuery q(LocalDate from, LocalDate to, String country, String admin1, String actor,
                                String claimant, Boolean contested) {
        return new EventQuery(from, to, country, admin1, actor, claimant, contested, 100, 0);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReportThatFailsHalfwayLeavesNothing(String store) throws Exception {
        try (Ledger l = open(store)) {
            ingest(l, Fixtures.lokuru());
            Ledger.Stats before = l.stats();
            Synthetic.Report r = Fixtures.kerengaB();
            Extraction x = r.extraction();
            List<Claim> claims = new ArrayList<>(x.claims());
            // A claim id longer than the column: the last insert of the report fails.
            claims.add(new Claim("c".repeat(100), Claim.OUTLET, null, null, Stance.ASSERTS, ClaimKind.OCCURRENCE, "e1",
                    null, null, null, List.of(), claims.get(0).evidence()));
            Extraction bad = new Extraction(x.report(), x.actors(), x.places(), x.events(), claims);
            assertThrows(LedgerException.class, () -> l.ingest(bad, r.source()));
            assertEquals(before, l.stats());
            assertEquals(IngestResult.Status.STORED, ingest(l, r).status());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void childIncidentsOfAnOperationMatchTheOperationsChildren(String store) throws Exception {
        try (Ledger l = open(store)) {
            IngestResult first = ingest(l, Synthetic.kalat());
            // A second outlet's report of the same operation, with a different wording.
            Synthetic.Report k = Synthetic.kalat();
            String body = k.source().body() + " Officials in Quetta confirmed the attacks.";
            Synthetic.Report second = Fixtures.withBody(k, body);
            IngestResult r = ingest(l, second);
            assertEquals(IngestResult.Status.DUPLICATE, r.status(), "nearly the same text is a copy");
            assertEquals(first.ledgerEvents(), r.ledgerEvents());
            Explanation op = l.why(first.ledgerEvents().get(0));
            assertEquals(2, op.children().size());
            assertNull(op.event().parentId());
            assertEquals(4, l.stats().ledgerEvents());
            assertFalse(op.reconciliation().groups().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReportWithNoDateJoinsTheIncidentOfAReportNamingTheSamePerson(String store) throws Exception {
        try (Ledger l = open(store)) {
            IngestResult later = ingest(l, Fixtures.townLater());
            IngestResult undated = ingest(l, Fixtures.townUndated());
            assertNotEquals(later.ledgerEvents(), undated.ledgerEvents(), "same place, no date, nobody in common");
            long id = undated.ledgerEvents().get(0);
            assertNull(l.event(id).startDate());
            IngestResult dated = ingest(l, Fixtures.townDated());
            assertEquals(undated.ledgerEvents(), dated.ledgerEvents());
            assertEquals(LocalDate.of(2004, 11, 19), l.event(id).startDate(), "the dated report dates the event");
            MatchDecision matched = l.why(id).decisions().stream().filter(d -> d.decision() == MatchDecision.Kind.MATCHED)
                    .findFirst().orElseThrow();
            assertTrue(matched.reasons().contains("gives no date; both reports name dana whitfield"), matched.reasons());
            assertEquals(2, l.event(id).reportCount());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anUndatedReportAfterADatedOneJoinsItAndTheNameIndexIsRebuiltByTheMigration(String store) throws Exception {
        String url = TestStores.freshUrl(store, tmp);
        List<Long> dated;
        try (Ledger l = Ledger.open(url)) {
            dated = ingest(l, Fixtures.townDated()).ledgerEvents();
        }
        // A store from before the name index: its rows and the records of that migration and the next gone.
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DELETE FROM report_person");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('3', '4', '5', '6', '7')");
        }
        try (Ledger l = Ledger.open(url)) {
            assertEquals(dated, ingest(l, Fixtures.townUndated()).ledgerEvents(), "found through the rebuilt index");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theNameKeyMigrationRebuildsTheKeysFiltersAndMatchingRead(String store) throws Exception {
        String url = TestStores.freshUrl(store, tmp);
        long kerenga;
        try (Ledger l = Ledger.open(url)) {
            kerenga = ingest(l, Fixtures.kerengaA()).ledgerEvents().get(0);
        }
        // A store whose keys were made another way: every stored key and the tables built from them differ.
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("UPDATE report_event SET place_keys = '|old|', actor_keys = '|old|'");
            st.execute("UPDATE claim SET claimant_key = 'old', claimant_keys = '|old|'");
            st.execute("DELETE FROM event_party");
            st.execute("DELETE FROM actor_alias");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('5', '6', '7')");
        }
        try (Ledger l = Ledger.open(url)) {
            assertEquals(List.of(kerenga), l.events(q(null, null, null, null, "FAC", null, null)).stream()
                    .map(LedgerEvent::id).toList(), "found through the alias again");
            assertEquals(1, l.events(q(null, null, null, null, null, "Camp Monitor sources", null)).size());
            assertEquals(List.of(kerenga), ingest(l, Fixtures.kerengaB()).ledgerEvents(), "matched on the rebuilt keys");
        }
    }

    /**
     * Two reports of one raid that fall just short of each other (4.5 of 5): one at country level, one at the state;
     * a third at the state with the first one's sub-type matches both. Returns the two ledger events.
     */
    private static long[] countryAndStateRaids(Ledger l) {
        long country = ingest(l, Fixtures.raid("a.txt", "South Sudan", 7.14, 30.15, 3, "Air/drone strike"))
                .ledgerEvents().get(0);
        long state = ingest(l, Fixtures.raid("b.txt", "Lakeland State", 7.0, 29.55, 2, "Remote explosive/landmine/IED"))
                .ledgerEvents().get(0);
        assertNotEquals(country, state);
        return new long[] {country, state};
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReportMatchingTwoEventsKeptApartByArrivalOrderJoinsThemUnlessAnAnalystSplitThem(String store)
            throws Exception {
        try (Ledger l = open(store)) {
            long[] apart = countryAndStateRaids(l);
            long state = apart[1];
            // A third matches both: one incident.
            long joined = ingest(l, Fixtures.raid("c.txt", "Lakeland", 7.0, 29.55, 2, "Air/drone strike"))
                    .ledgerEvents().get(0);
            assertEquals(state, joined, "the best match keeps its id");
            assertEquals(3, l.event(state).reportCount());
            assertEquals(1, l.stats().ledgerEvents());
            assertTrue(l.why(state).decisions().stream().anyMatch(d -> d.decision() == MatchDecision.Kind.MERGE
                    && d.decidedBy().equals("matcher") && d.reasons().contains("matches both")),
                    l.why(state).decisions().toString());

            long split = l.split(state, l.why(state).reports().get(0).id(), null, "ana", "a different raid");
            ingest(l, Fixtures.raid("d.txt", "Lakeland", 7.0, 29.55, 2, "Air/drone strike"));
            assertEquals(2, l.stats().ledgerEvents(), "the analyst's split stands");
            assertEquals(1, l.event(split).reportCount());
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anEventAnAnalystEditedIsNotMergedByTheMatcher(String store) throws Exception {
        try (Ledger l = open(store)) {
            long[] apart = countryAndStateRaids(l);
            long state = apart[1];
            l.edit("event:" + apart[0], "location", "Kerenga", "ana", "the report means the camp");
            ingest(l, Fixtures.raid("c.txt", "Lakeland", 7.0, 29.55, 2, "Air/drone strike"));
            assertEquals(2, l.stats().ledgerEvents(), "the edited event stays as the analyst left it");
            assertEquals(2, l.event(state).reportCount());
        }
    }
}
