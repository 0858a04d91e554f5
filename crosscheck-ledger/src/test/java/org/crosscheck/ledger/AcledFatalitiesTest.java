package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: the ACLED export's fatalities are a figure a report states for the incident, one account's (see
 * {@code consensus.Accounts}), never each side's lowest figure added across claimants.
 */
class AcledFatalitiesTest {
    @TempDir
    Path tmp;

    static List<String> stores() {
        return TestStores.names();
    }

    static final String BODY = "The army said 40 insurgents, 15 troops and 12 villagers were killed when insurgents "
            + "stormed Tamsor on Sunday. The Front said dozens of troops died.";

    static Synthetic.Report breakdownAndRival() {
        String b = BODY;
        List<Actor> actors = List.of(
                new Actor("a1", "Army", List.of("the army"), ActorKind.STATE_FORCES, "TS", null, null, List.of()),
                new Actor("a2", "Insurgents", List.of("insurgents"), ActorKind.ARMED_GROUP, null, null, null, List.of()),
                new Actor("a3", "Troops", List.of("troops"), ActorKind.STATE_FORCES, "TS", "a1", null, List.of()),
                new Actor("a4", "Villagers", List.of("villagers"), ActorKind.CIVILIANS, null, null, null, List.of()),
                new Actor("a5", "Front", List.of("the Front"), ActorKind.ARMED_GROUP, null, null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Tamsor", List.of(), null, 11.2, 13.9, "TS", "North", null, 1,
                null, List.of(Synthetic.span(b, "Tamsor"))));
        List<Event> events = List.of(new Event("e1", EventType.BATTLES, "Armed clash", null,
                new TimeRange("2021-06-06", "2021-06-06", TimePrecision.DAY, "on Sunday"), "p1", List.of("a2", "a1"),
                null, List.of(Synthetic.span(b, "insurgents stormed Tamsor"))));
        List<Claim> claims = List.of(
                killed("c1", "a1", "a2", Count.exactly(40, "40 insurgents"), b),
                killed("c2", "a1", "a3", Count.exactly(15, "15 troops"), b),
                killed("c3", "a1", "a4", Count.exactly(12, "12 villagers"), b),
                killed("c4", "a5", "a3", Count.vague("dozens of troops"), b));
        return Fixtures.report("tamsor.txt", b, "Outlet M", "https://example.org/tamsor", LocalDate.of(2021, 6, 7),
                actors, places, events, claims);
    }

    private static Claim killed(String id, String claimant, String victims, Count n, String body) {
        return new Claim(id, claimant, null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, "e1",
                new Casualties(Outcome.KILLED, victims, n), null, null, List.of(),
                List.of(Synthetic.span(body, n.text())));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theRowGivesTheArmysAccountNotTheSidesLowestFiguresAdded(String store) throws Exception {
        try (Ledger l = Ledger.open(TestStores.freshUrl(store, tmp))) {
            Synthetic.Report r = breakdownAndRival();
            l.ingest(r.extraction(), r.source());
            StringWriter w = new StringWriter();
            l.export(ExportFormat.ACLED_CSV, EstimatePolicy.ACLED, EventQuery.all(), w);
            List<Map<String, String>> rows = ExportColumnsTest.read(w.toString()).rows();
            assertEquals(1, rows.size());
            // 40 + 15 + 12, as the army states it; each side's lowest added (the Front's "dozens" coded 12) is 64.
            assertEquals("67", rows.get(0).get("fatalities"));
            assertEquals("67", rows.get(0).get("fatalities_best"));
        }
    }
}
