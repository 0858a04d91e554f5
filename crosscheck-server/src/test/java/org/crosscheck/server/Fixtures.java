package org.crosscheck.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.bench.Synthetic;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Casualties;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Hashing;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;

/**
 * Ledgers for the server's tests, made from extractions written by hand (no NLP models needed): the ledger
 * module's Kalat template (a party's figures and the other party's counter-claim), a fictional market attack
 * with an independent claimant, and a hostile report whose text, title and claimant carry markup and odd Unicode.
 */
final class Fixtures {
    static final String MARKET_BODY = "EXAMPLE (fictional, written for Crosscheck's tests): The district health office "
            + "in Tanjara said 12 civilians were killed when shells hit the central market on 3 March. The Northern "
            + "Front said its fighters did not fire on the market and that no civilians were harmed by its forces. A "
            + "hospital director in Tanjara said at least 9 bodies had been brought in.";

    static final String HOSTILE_TITLE = "<script>window.__pwned='title'</script>Raid <b>report</b>";
    static final String HOSTILE_CLAIMANT = "Tanjara <img src=x onerror=\"window.__pwned='claimant'\"> officials";
    static final String HOSTILE_BODY = "<script>window.__pwned = 'body'</script> Officials in Tanjara said "
            + "<img src=x onerror=\"window.__pwned='img'\"> 3 people were killed in a raid on 9 March. "
            + "\u202Egnp.exe\u202C zero\u200Bwidth e\u0301\u0301\u0301 \uD83D\uDC69\uD83C\uDFFD\u200D\u2695\uFE0F "
            + "<b>bold</b> &amp; <a href=\"javascript:window.__pwned='link'\">link</a> \u0007end.";

    private Fixtures() {
    }

    /** A data folder with a ledger of the three reports; returns its config. */
    static CrosscheckConfig ledger(Path dir) {
        CrosscheckConfig config = new CrosscheckConfig(dir, null, CrosscheckConfig.DEFAULT_MAX_REPORT_BYTES, 2);
        try (Ledger ledger = Ledger.open(config)) {
            for (Synthetic.Report r : List.of(Synthetic.kalat(), market(), hostile())) {
                ledger.ingest(r.extraction(), r.source());
            }
        }
        return config;
    }

    static Synthetic.Report market() {
        String b = MARKET_BODY;
        List<Actor> actors = List.of(
                new Actor("a1", "District health office", List.of("health office"), ActorKind.GOVERNMENT, "SD", null,
                        null, List.of(span(b, "district health office"))),
                new Actor("a2", "Northern Front", List.of("the Northern Front"), ActorKind.ARMED_GROUP, "SD", null,
                        null, List.of(span(b, "Northern Front"))),
                new Actor("a3", "Civilians", List.of("civilians"), ActorKind.CIVILIANS, "SD", null, null,
                        List.of(span(b, "civilians"))),
                new Actor("a4", "Hospital director", List.of(), ActorKind.PERSON, "SD", null, null,
                        List.of(span(b, "hospital director"))));
        List<Place> places = List.of(new Place("p1", "Tanjara", List.of("Tanjara"), null, 10.52, 30.41, "SD",
                "Jebel Province", "Tanjara", 1, null, List.of(span(b, "Tanjara"))));
        List<Event> events = List.of(new Event("e1", EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack", null,
                new TimeRange("2025-03-03", "2025-03-03", TimePrecision.DAY, "on 3 March"), "p1",
                List.of("a2", "a3"), null, List.of(span(b, "shells hit the central market on 3 March"))));
        List<Claim> claims = List.of(
                casualty("c1", "a1", Stance.ASSERTS, Outcome.KILLED, "a3", Count.exactly(12, "12 civilians"),
                        span(b, "12 civilians were killed")),
                casualty("c2", "a2", Stance.DENIES, Outcome.HARMED, "a3", Count.exactly(0, "no civilians"),
                        span(b, "no civilians were harmed by its forces")),
                casualty("c3", "a4", Stance.ASSERTS, Outcome.KILLED, "a3", Count.atLeast(9, "at least 9 bodies"),
                        span(b, "at least 9 bodies had been brought in")));
        return report("market-example.txt", "Example: shelling of Tanjara market (fictional)", "Crosscheck examples",
                LocalDate.of(2025, 3, 4), b, actors, places, events, claims);
    }

    static Synthetic.Report hostile() {
        String b = HOSTILE_BODY;
        List<Actor> actors = List.of(
                new Actor("a1", HOSTILE_CLAIMANT, List.of("Officials"), ActorKind.GOVERNMENT, "SD", null, null,
                        List.of(span(b, "Officials in Tanjara"))),
                new Actor("a2", "Civilians", List.of("people"), ActorKind.CIVILIANS, "SD", null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Tanjara", List.of("Tanjara"), null, 10.52, 30.41, "SD",
                "Jebel Province", "Tanjara", 1, null, List.of(span(b, "Tanjara"))));
        List<Event> events = List.of(new Event("e1", EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack", null,
                new TimeRange("2025-03-09", "2025-03-09", TimePrecision.DAY, "on 9 March"), "p1", List.of("a2"),
                null, List.of(span(b, "a raid on 9 March"))));
        List<Claim> claims = List.of(casualty("c1", "a1", Stance.ASSERTS, Outcome.KILLED, "a2",
                Count.exactly(3, "3 people"),
                span(b, "<img src=x onerror=\"window.__pwned='img'\"> 3 people were killed")));
        return report("hostile.txt", HOSTILE_TITLE, "<i>Outlet</i>", LocalDate.of(2025, 3, 10), b, actors, places,
                events, claims);
    }

    static Synthetic.Report report(String name, String title, String outlet, LocalDate published, String body,
                                   List<Actor> actors, List<Place> places, List<Event> events, List<Claim> claims) {
        ReportMeta meta = new ReportMeta(Hashing.sha256Hex(body), title, outlet, null, published, "en", body.length(),
                null);
        Extraction x = new Extraction(meta, actors, places, events, claims);
        return new Synthetic.Report(new ReportSource(name, title, outlet, null, published, "en", Map.of(), body,
                false), x);
    }

    static Span span(String body, String phrase) {
        return Synthetic.span(body, phrase);
    }

    static Claim casualty(String id, String claimant, Stance stance, Outcome outcome, String victims, Count count,
                          Span evidence) {
        return new Claim(id, claimant, null, null, stance, ClaimKind.CASUALTIES, "e1",
                new Casualties(outcome, victims, count), null, null, List.of(), List.of(evidence));
    }
}
