package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.ledger.bench.Synthetic;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Casualties;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Hashing;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger commands end to end through picocli on a temporary data folder: report files on disk, extractions
 * hand-built (a fixture extractor hands out the extraction written for each body), real H2 store.
 */
class LedgerCommandsTest {
    @TempDir
    Path tmp;

    Path reports;

    /** Two outlets' accounts of one air strike, and the worked example's operation in another country. */
    static final String KERENGA_1 = "Federal warplanes bombed the Kerenga refugee camp in Lakeland state on Thursday, county "
            + "commissioner Samuel Lokeny said. At least 12 people were killed and 20 wounded, he said.";
    static final String KERENGA_2 = "A federal army spokesman denied that its aircraft had attacked the camp at Kerenga on "
            + "Thursday and said the army had no planes in the area. Aid workers at the camp described panic as "
            + "families ran for shelter in the grass near the airstrip.";

    final Map<String, Extraction> byBody = new HashMap<>();
    final AtomicInteger extracted = new AtomicInteger();

    ExtractorFactory factory() {
        ReportExtractor x = source -> {
            extracted.incrementAndGet();
            Extraction e = byBody.get(source.body().strip());
            assertNotNull(e, "no fixture for body: " + source.body());
            return e;
        };
        return config -> x;
    }

    @BeforeEach
    void writeReports() throws Exception {
        reports = Files.createDirectories(tmp.resolve("reports"));
        Synthetic.Report kalat = Synthetic.kalat();
        write("a-kalat.txt", "The Balochistan Post", "https://example.org/kalat", "2025-02-01", kalat.source().body());
        byBody.put(kalat.source().body().strip(), kalat.extraction());
        write("b-kerenga1.txt", "Outlet One", "https://example.org/kerenga-1", "2019-05-10", KERENGA_1);
        byBody.put(KERENGA_1, kerenga1());
        write("c-kerenga2.txt", "Outlet Two", "https://example.org/kerenga-2", "2019-05-10", KERENGA_2);
        byBody.put(KERENGA_2, kerenga2());
    }

    private void write(String name, String outlet, String url, String published, String body) throws Exception {
        Files.writeString(reports.resolve(name), "title: " + name + "\noutlet: " + outlet + "\nurl: " + url
                + "\npublished: " + published + "\n\n" + body + "\n");
    }

    static Extraction kerenga1() {
        String b = KERENGA_1;
        List<Actor> actors = List.of(
                new Actor("a1", "Federal Air Command", List.of("Federal warplanes"), ActorKind.STATE_FORCES, "SD",
                        null, null, List.of()),
                new Actor("a2", "Samuel Lokeny", List.of("county commissioner Samuel Lokeny"), ActorKind.PERSON, "SS",
                        null, null, List.of()),
                new Actor("a3", "People", List.of("people"), ActorKind.OTHER, null, null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Kerenga", List.of("Kerenga refugee camp"), null, 9.95, 30.18, "SS",
                "Lakeland", null, 1, null, List.of()));
        List<Event> events = List.of(new Event("e1", EventType.EXPLOSIONS, "Air/drone strike", null,
                new TimeRange("2019-05-09", "2019-05-09", TimePrecision.DAY, null), "p1", List.of("a1"), null,
                List.of(Synthetic.span(b, "bombed the Kerenga refugee camp"))));
        List<Claim> claims = List.of(
                new Claim("c1", "a2", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, "e1",
                        new Casualties(Outcome.KILLED, "a3", Count.atLeast(12, "At least 12 people")), null, null,
                        List.of(), List.of(Synthetic.span(b, "At least 12 people were killed"))),
                new Claim("c2", "a2", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, "e1",
                        new Casualties(Outcome.WOUNDED, "a3", Count.exactly(20, "20")), null, null,
                        List.of(), List.of(Synthetic.span(b, "20 wounded"))));
        return extraction(b, "Outlet One", LocalDate.of(2019, 5, 10), actors, places, events, claims);
    }

    static Extraction kerenga2() {
        String b = KERENGA_2;
        List<Actor> actors = List.of(
                new Actor("a1", "Federal Air Command", List.of("federal army", "the army"), ActorKind.STATE_FORCES,
                        "SD", null, null, List.of()),
                new Actor("a2", "federal army spokesman", List.of(), ActorKind.PERSON, "SD", "a1", "a1", List.of()));
        List<Place> places = List.of(new Place("p1", "Kerenga", List.of("the camp at Kerenga"), null, 9.96, 30.17, "SS",
                "Lakeland", null, 1, null, List.of()));
        List<Event> events = List.of(new Event("e1", EventType.EXPLOSIONS, "Air/drone strike", null,
                new TimeRange("2019-05-09", "2019-05-09", TimePrecision.DAY, null), "p1", List.of("a1"), null,
                List.of(Synthetic.span(b, "attacked the camp at Kerenga"))));
        List<Claim> claims = List.of(new Claim("c1", "a1", "a2", null, Stance.DENIES, ClaimKind.OCCURRENCE, "e1", null,
                null, null, List.of(), List.of(Synthetic.span(b, "denied that its aircraft had attacked the camp"))));
        return extraction(b, "Outlet Two", LocalDate.of(2019, 5, 10), actors, places, events, claims);
    }

    private static Extraction extraction(String body, String outlet, LocalDate published, List<Actor> actors,
                                         List<Place> places, List<Event> events, List<Claim> claims) {
        return new Extraction(new ReportMeta(Hashing.sha256Hex(body), null, outlet, null, published, "en",
                body.length(), null), actors, places, events, claims);
    }

    private CliRun cli(String... args) {
        return CliRun.run(factory(), args);
    }

    private String data(String name) {
        return tmp.resolve(name).toString();
    }

    /** Rows of the events table: ID, START, END, ... ; the last column says "yes" when contested. */
    private static List<String[]> rows(String table) {
        List<String[]> out = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.matches("^\\d+(\\^\\d+)?\\s+\\d{4}-\\d{2}-\\d{2}.*")) {
                out.add(line.trim().split("\\s+"));
            }
        }
        return out;
    }

    private static String idOf(String table, String location) {
        for (String line : table.split("\n")) {
            if (line.contains(location) && line.matches("^\\d+\\s.*")) {
                return line.split("\\s+")[0];
            }
        }
        throw new AssertionError("no event at " + location + " in\n" + table);
    }

    @Test
    void ingestStoresEachReportOnceAndMatchesTheTwoAccountsOfOneStrike() {
        CliRun first = cli("ingest", reports.toString(), "--data", data("d"), "--threads", "2");
        assertEquals(0, first.exit(), first.err());
        List<String> lines = first.out().lines().toList();
        assertEquals(3, lines.size(), first.out());
        assertTrue(lines.get(0).startsWith("stored") && lines.get(0).contains("a-kalat.txt"), first.out());
        assertTrue(lines.get(1).contains("b-kerenga1.txt") && lines.get(2).contains("c-kerenga2.txt"), "file order: " + first.out());
        // Both Kerenga reports end in the same ledger event.
        String ev1 = lines.get(1).replaceAll(".*events \\[(\\d+)].*", "$1");
        String ev2 = lines.get(2).replaceAll(".*events \\[(\\d+)].*", "$1");
        assertEquals(ev1, ev2, first.out());
        assertEquals(3, extracted.get());

        CliRun again = cli("ingest", reports.toString(), "--data", data("d"));
        assertEquals(0, again.exit(), again.err());
        assertEquals(3, again.out().lines().filter(l -> l.startsWith("unchanged")).count(), again.out());
        assertEquals(3, extracted.get(), "a stored body is not extracted again");
    }

    @Test
    void eventsListsFiltersAndMarksContest() {
        assertEquals(0, cli("ingest", reports.toString(), "--data", data("d")).exit());
        CliRun all = cli("events", "--data", data("d"));
        assertEquals(0, all.exit(), all.err());
        List<String[]> rows = rows(all.out());
        // The kalat operation (1 + 5 incidents, and an earlier clash) and one Kerenga event.
        assertTrue(all.out().contains("Kalat") && all.out().contains("Kerenga"), all.out());
        assertTrue(all.out().contains(rows.size() + " events"), all.out());
        for (int i = 1; i < rows.size(); i++) {
            assertFalse(LocalDate.parse(rows.get(i)[1]).isAfter(LocalDate.parse(rows.get(i - 1)[1])), "newest first");
        }
        String kerengaRow = all.out().lines().filter(l -> l.contains("Kerenga")).findFirst().orElseThrow();
        assertTrue(kerengaRow.trim().endsWith("yes"), "the strike is denied, so contested: " + kerengaRow);
        assertTrue(kerengaRow.matches(".*\\s2\\s+3\\s+yes$"), "2 reports, 3 claims: " + kerengaRow);

        CliRun contested = cli("events", "--data", data("d"), "--contested");
        List<String[]> c = rows(contested.out());
        assertFalse(c.isEmpty());
        assertTrue(c.size() < rows.size());
        c.forEach(r -> assertEquals("yes", r[r.length - 1], String.join(" ", r)));

        CliRun ss = cli("events", "--data", data("d"), "--country", "ss");
        assertEquals(1, rows(ss.out()).size(), ss.out());
        CliRun dates = cli("events", "--data", data("d"), "--from", "2025-01-01", "--to", "2025-12-31");
        assertFalse(rows(dates.out()).isEmpty());
        rows(dates.out()).forEach(r -> assertEquals(2025, LocalDate.parse(r[1]).getYear()));
        CliRun actor = cli("events", "--data", data("d"), "--actor", "FAC-unknown-name");
        assertEquals(0, rows(actor.out()).size(), actor.out());
        CliRun claimant = cli("events", "--data", data("d"), "--claimant", "ISPR");
        assertEquals(1, rows(claimant.out()).size(), claimant.out());
        assertTrue(claimant.out().contains("Kalat"), claimant.out());
    }

    @Test
    void whyListsTheReportsReasonsAndClaimsSideBySide() {
        assertEquals(0, cli("ingest", reports.toString(), "--data", data("d")).exit());
        String id = idOf(cli("events", "--data", data("d")).out(), "Kerenga");
        CliRun why = cli("why", id, "--data", data("d"));
        assertEquals(0, why.exit(), why.err());
        String o = why.out();
        assertTrue(o.contains("b-kerenga1.txt") && o.contains("c-kerenga2.txt"), o);
        assertTrue(o.contains("new by matcher") && o.contains("matched by matcher"), o);
        assertTrue(o.contains("same place"), "the reason names the place evidence: " + o);
        assertTrue(o.contains("Samuel Lokeny") && o.contains("At least 12 people were killed"), o);
        assertTrue(o.contains("Contested:"), o);

        CliRun missing = cli("why", "99999", "--data", data("d"));
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("99999"), missing.err());
    }

    @Test
    void historyShowsTheMatchDecisionsOfAnEvent() {
        assertEquals(0, cli("ingest", reports.toString(), "--data", data("d")).exit());
        String id = idOf(cli("events", "--data", data("d")).out(), "Kerenga");
        CliRun h = cli("history", id, "--data", data("d"));
        assertEquals(0, h.exit(), h.err());
        List<String> lines = h.out().lines().toList();
        assertTrue(lines.size() >= 2, h.out());
        assertTrue(lines.get(0).startsWith("v1"), h.out());
        assertTrue(lines.get(1).startsWith("v2"), h.out());
        CliRun bad = cli("history", "not-an-id", "--data", data("d"));
        assertEquals(1, bad.exit(), bad.out());
    }

    @Test
    void exportWritesAcledColumnsWithPolicyFatalitiesAndAttributedNotes() throws Exception {
        assertEquals(0, cli("ingest", reports.toString(), "--data", data("d")).exit());
        Path csv = tmp.resolve("out.csv");
        CliRun e = cli("export", "--format", "acled-csv", "--policy", "acled", "-o", csv.toString(), "--data", data("d"));
        assertEquals(0, e.exit(), e.err());
        List<List<String>> table = parseCsv(Files.readString(csv));
        List<String> header = table.get(0);
        for (String col : List.of("event_date", "event_type", "actor1", "admin1", "location", "latitude",
                "geo_precision", "source", "notes", "fatalities", "contested", "report_files")) {
            assertTrue(header.contains(col), col + " in " + header);
        }
        Map<String, String> kalat = row(table, "location", "Kalat");
        // acled: the most conservative figure; the operation's "at least 25" against its incidents' 5 + 18 + 2.
        assertEquals("25", kalat.get("fatalities"));
        Map<String, String> kerenga = row(table, "location", "Kerenga");
        assertEquals("12", kerenga.get("fatalities"), "at least 12 is 12 under acled");
        assertEquals("true", kerenga.get("contested"));
        for (Map<String, String> r : List.of(kalat, kerenga)) {
            for (String part : r.get("notes").replaceAll("\\.$", "").split("; ")) {
                assertTrue(part.matches("[A-Z][^;]*? (said|denied|claimed|reported):? .*"), "attributed: " + part);
            }
        }
        assertTrue(kerenga.get("notes").contains("Samuel Lokeny said at least 12 People killed"), kerenga.get("notes"));
        assertTrue(kerenga.get("notes").contains("Federal Air Command (via federal army spokesman) denied that the event "
                + "took place"), kerenga.get("notes"));

        // The claims are the CSV files' second table, keyed by event id.
        CliRun claims = cli("export", "--format", "claims-csv", "--data", data("d"));
        assertEquals(0, claims.exit(), claims.err());
        List<List<String>> claimRows = parseCsv(claims.out());
        int claimant = claimRows.get(0).indexOf("claimant");
        assertTrue(claimRows.stream().anyMatch(r -> r.size() > claimant && r.get(claimant).equals("Samuel Lokeny")),
                claims.out());

        CliRun json = cli("export", "--format", "json", "--policy", "range", "--data", data("d"));
        assertEquals(0, json.exit(), json.err());
        JsonNode arr = new ObjectMapper().readTree(json.out());
        assertTrue(arr.isArray() && arr.size() == table.size() - 1, json.out());
        for (JsonNode n : arr) {
            assertEquals("range", n.get("estimate_policy").asText());
            assertTrue(n.get("fatalities_low").isNull() || n.get("fatalities_low").asInt() <= n.get("fatalities_high").asInt());
        }
    }

    @Test
    void threadsDoNotChangeTheLedger() {
        assertEquals(0, cli("ingest", reports.toString(), "--data", data("one"), "--threads", "1").exit());
        assertEquals(0, cli("ingest", reports.toString(), "--data", data("two"), "--threads", "2").exit());
        assertEquals(cli("events", "--data", data("one")).out(), cli("events", "--data", data("two")).out());
    }

    @Test
    void anUnreadableReportIsNamedAndTheOthersAreStored() throws Exception {
        Files.writeString(reports.resolve("d-bad.txt"), "title: x\npublished: last week\n\nSome text.\n");
        CliRun r = cli("ingest", reports.toString(), "--data", data("d"), "--threads", "2");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("d-bad.txt"), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("stored")).count(), r.out());
    }

    @Test
    void aReportTheStoreRefusesIsNamedWithItsReasonAndTheBatchGoesOn() throws Exception {
        // Fault injected: an extraction whose event is dated on a day that does not exist passes the model's
        // checks and fails only while its rows are written, inside the report's transaction.
        String body = "Shelling hit the market in Dorvan, the council said.";
        write("b0-fault.txt", "Outlet Three", "https://example.org/fault", "2019-03-01", body);
        Event bad = new Event("e1", EventType.EXPLOSIONS, null, null,
                new TimeRange("2019-02-30", "2019-02-30", TimePrecision.DAY, null), null, List.of(), null,
                List.of(Synthetic.span(body, "Shelling hit the market")));
        byBody.put(body, extraction(body, "Outlet Three", LocalDate.of(2019, 3, 1), List.of(), List.of(),
                List.of(bad), List.of()));
        CliRun r = cli("ingest", reports.toString(), "--data", data("d"));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("b0-fault.txt: could not be stored:"), r.err());
        assertTrue(r.err().contains("1 of 4 reports failed:"), "the summary lists the failure: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("stored")).count(), "the reports after it: " + r.out());
        assertTrue(r.err().contains("3 reports in the ledger from this run, 1 failed"), r.err());
    }

    @Test
    void ingestTakesTheReportOptionsOfExtract() throws Exception {
        CliRun r = cli("ingest", reports.resolve("b-kerenga1.txt").toString(), "--data", data("d"),
                "--url", "https://example.org/camp", "--published", "2019-05-11", "--title", "Camp bombed");
        assertEquals(0, r.exit(), r.err());
        try (org.crosscheck.ledger.Ledger ledger = org.crosscheck.ledger.Ledger.open(
                org.crosscheck.ledger.Ledger.h2Url(tmp.resolve("d").resolve("ledger")))) {
            org.crosscheck.ledger.StoredReport stored = ledger.report(ledger.reportIds().get(0));
            assertEquals("Camp bombed", stored.title());
            assertEquals("https://example.org/camp", stored.url());
        }
        assertEquals(2, cli("ingest", reports.toString(), "--data", data("e"), "--published", "last week").exit(),
                "a bad date is a usage error, as in extract");
    }

    private static Map<String, String> row(List<List<String>> table, String column, String value) {
        List<String> header = table.get(0);
        int c = header.indexOf(column);
        for (List<String> r : table.subList(1, table.size())) {
            if (r.get(c).equals(value)) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), r.get(i));
                }
                return m;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value);
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and newlines. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
