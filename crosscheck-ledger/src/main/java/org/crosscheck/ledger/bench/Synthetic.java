package org.crosscheck.ledger.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;

/**
 * Volume for benchmarks and the crash drill: a template extraction replicated with shifted dates and places,
 * so that every copy is a distinct incident with the template's structure (operation, child incidents, competing
 * claims, denials). The built-in template follows the spec's worked example (the Kalat operation). Stateless.
 */
public final class Synthetic {
    private Synthetic() {
    }

    /** A report and its extraction. */
    public record Report(ReportSource source, Extraction extraction) {
    }

    static final String KALAT_BODY = String.join(" ",
            "QUETTA: The Baloch Liberation Army said its fighters took control of Kalat for nine hours.",
            "BLA spokesperson Azad Baloch said at least 25 Pakistani military personnel were killed and several others wounded,",
            "while suffering no losses themselves.",
            "In Mongchar, the BLA took full control of the town, where five soldiers were killed.",
            "BLA fighters at a checkpoint in Khazeena Soro engaged a van carrying 18 Frontier Corps (FC) personnel,",
            "which resulted in the deaths of all 18 soldiers.",
            "The Inter-Services Public Relations (ISPR) claimed that the BLA suffered casualties during the operation,",
            "but the group denied any losses and rejected the claims as fabrications.",
            "The BLA also named three senior commanders who were martyred in an earlier clash in Panjgur on December 14, 2024.");

    /** The built-in template: the worked example's main structure, with its competing claims. */
    public static Report kalat() {
        String b = KALAT_BODY;
        List<Actor> actors = List.of(
                new Actor("a1", "Baloch Liberation Army", List.of("BLA", "the group"), ActorKind.ARMED_GROUP, "PK",
                        null, null, List.of()),
                new Actor("a2", "Azad Baloch", List.of("BLA spokesperson Azad Baloch"), ActorKind.PERSON, "PK", "a1",
                        "a1", List.of()),
                new Actor("a3", "Inter-Services Public Relations", List.of("ISPR"), ActorKind.MEDIA, "PK", null, "a4",
                        List.of()),
                new Actor("a4", "Pakistan Armed Forces", List.of("Pakistani military", "soldiers"),
                        ActorKind.STATE_FORCES, "PK", null, null, List.of()),
                new Actor("a5", "Frontier Corps", List.of("FC"), ActorKind.STATE_FORCES, "PK", "a4", null, List.of()));
        List<Place> places = List.of(
                new Place("p1", "Kalat", List.of("Kalat"), 1175296L, 29.02663, 66.59361, "PK", "Balochistan", "Kalat",
                        1, null, List.of()),
                new Place("p2", "Mangochar", List.of("Mongchar", "Mangochar"), null, 29.3479, 66.6365, "PK",
                        "Balochistan", "Kalat", 1, "p1", List.of()),
                new Place("p4", "Khazeena Soro", List.of("Khazeena Soro"), null, null, null, "PK", "Balochistan",
                        "Kalat", 1, "p1", List.of()),
                new Place("p8", "Panjgur", List.of("Panjgur"), 1168446L, 26.97186, 64.09459, "PK", "Balochistan",
                        "Panjgur", 1, null, List.of()));
        List<Event> events = List.of(
                new Event("e1", EventType.BATTLES, "Non-state actor overtakes territory", null,
                        new TimeRange("2025-01-31T20:00", "2025-02-01T04:30", TimePrecision.HOUR, null), "p1",
                        List.of("a1", "a4"), null, List.of(span(b, "took control of Kalat"))),
                new Event("e2", EventType.BATTLES, "Armed clash", "e1",
                        new TimeRange("2025-01-31", "2025-02-01", TimePrecision.DAY, null), "p2", List.of("a1", "a4"),
                        null, List.of(span(b, "In Mongchar, the BLA took full control of the town"))),
                new Event("e4", EventType.BATTLES, "Armed clash", "e1",
                        new TimeRange("2025-01-31", "2025-02-01", TimePrecision.DAY, null), "p4", List.of("a1", "a5"),
                        null, List.of(span(b, "checkpoint in Khazeena Soro"))),
                new Event("e6", EventType.BATTLES, "Armed clash", null,
                        new TimeRange("2024-12-14", "2024-12-14", TimePrecision.DAY, null), "p8", List.of("a4", "a1"),
                        null, List.of(span(b, "an earlier clash in Panjgur on December 14, 2024"))));
        List<Claim> claims = List.of(
                casualty("c1", "a1", "a2", Stance.ASSERTS, "e1", Outcome.KILLED, "a4",
                        Count.atLeast(25, "at least 25"), span(b, "at least 25 Pakistani military personnel were killed")),
                casualty("c2", "a1", "a2", Stance.ASSERTS, "e1", Outcome.WOUNDED, "a4",
                        Count.vague("several others"), span(b, "several others wounded")),
                casualty("c3", "a1", "a2", Stance.ASSERTS, "e1", Outcome.KILLED, "a1", Count.exactly(0, "no losses"),
                        span(b, "suffering no losses themselves")),
                casualty("c4", "a1", "a2", Stance.ASSERTS, "e2", Outcome.KILLED, "a4", Count.exactly(5, "five soldiers"),
                        span(b, "five soldiers were killed")),
                casualty("c8", "a1", "a2", Stance.ASSERTS, "e4", Outcome.KILLED, "a5",
                        Count.exactly(18, "all 18 soldiers"), span(b, "the deaths of all 18 soldiers")),
                casualty("c15", "a3", null, Stance.ASSERTS, "e1", Outcome.HARMED, "a1",
                        Count.vague("suffered casualties"), span(b, "the BLA suffered casualties during the operation")),
                new Claim("c16", "a1", "a2", null, Stance.DENIES, ClaimKind.CASUALTIES, "e1",
                        new Casualties(Outcome.HARMED, "a1", Count.exactly(0, "any losses")), null, null,
                        List.of("c15"), List.of(span(b, "the group denied any losses"))),
                new Claim("c17", "a1", "a2", null, Stance.DENIES, ClaimKind.OTHER, "e1", null, null, null,
                        List.of("c15"), List.of(span(b, "rejected the claims as fabrications"))),
                new Claim("c19", "a1", "a2", null, Stance.ASSERTS, ClaimKind.CONTROL, "e1", null,
                        "the city of Kalat for nine hours", null, List.of(), List.of(span(b, "took control of Kalat for nine hours"))),
                casualty("c18", "a1", "a2", Stance.ASSERTS, "e6", Outcome.KILLED, "a1",
                        Count.exactly(3, "three senior commanders"), span(b, "three senior commanders")));
        ReportMeta meta = new ReportMeta(Hashing.sha256Hex(b), "BLA Claims Success in Kalat Operation", "The Balochistan Post",
                null, LocalDate.of(2025, 2, 2), "en", b.length(), null);
        Extraction x = new Extraction(meta, actors, places, events, claims);
        ReportSource src = new ReportSource("kalat.txt", meta.title(), meta.outlet(), null, meta.published(), "en",
                Map.of(), b, false);
        return new Report(src, x);
    }

    /**
     * Copy {@code i} of a template: dates shifted by {@code i} days (cycling over about 27 years), every place
     * moved on a grid so that no two copies share a place, claims cloned until each event has about
     * {@code claimsPerEvent} of them. The body is made-up words of the template's length, so every copy has its
     * own hash and is no syndicated copy of another.
     */
    public static Report replicate(Report template, int i, int claimsPerEvent) {
        Extraction t = template.extraction();
        int dayShift = i % 10_000;
        String suffix = " " + i;
        Map<String, Place> places = new HashMap<>();
        List<Place> newPlaces = new ArrayList<>();
        for (Place p : t.places()) {
            Double lat = null;
            Double lon = null;
            if (p.lat() != null) {
                // 2 degree grid steps keep every copy's places far from every other copy's (over 150 km).
                lat = Math.max(-89.0, Math.min(89.0, -60 + ((p.lat() + 60 + (i % 60) * 2.0) % 130)));
                lon = -179 + ((p.lon() + 179 + ((i / 60) % 179) * 2.0) % 358);
            }
            Place np = new Place(p.id(), p.name() + suffix, List.of(p.name() + suffix), null, lat, lon, p.country(),
                    p.admin1(), p.admin2() == null ? null : p.admin2() + suffix, p.precision(), p.within(), List.of());
            places.put(p.id(), np);
            newPlaces.add(np);
        }
        List<Event> events = new ArrayList<>();
        for (Event e : t.events()) {
            TimeRange tr = e.time();
            TimeRange shifted = tr == null ? null : new TimeRange(shift(tr.start(), dayShift), shift(tr.end(), dayShift),
                    tr.precision(), tr.text());
            events.add(new Event(e.id(), e.type(), e.subType(), e.parent(), shifted, e.place(), e.actors(), e.summary(),
                    e.evidence()));
        }
        List<Claim> claims = new ArrayList<>(t.claims());
        int target = Math.max(t.claims().size(), claimsPerEvent * Math.max(1, t.events().size()));
        int k = 0;
        List<Claim> casualties = t.claims().stream().filter(c -> c.casualties() != null && c.event() != null).toList();
        while (claims.size() < target && !casualties.isEmpty()) {
            Claim c = casualties.get(k % casualties.size());
            Casualties cas = c.casualties();
            Count n = cas.count().vague() ? cas.count()
                    : new Count(cas.count().low() == null ? null : cas.count().low() + (k % 7),
                    cas.count().high() == null ? null : cas.count().high() + (k % 7), false, cas.count().text());
            claims.add(new Claim("x" + k, c.claimant(), c.via(), c.cue(), c.stance(), c.kind(), c.event(),
                    new Casualties(cas.outcome(), cas.victims(), n), null, null, List.of(), c.evidence(), c.rule(),
                    c.scope()));
            k++;
        }
        String body = prose(template.source().body().length(), i);
        ReportMeta m = t.report();
        LocalDate published = m.published() == null ? null : m.published().plusDays(dayShift);
        ReportMeta meta = new ReportMeta(Hashing.sha256Hex(body), m.title(), m.outlet(),
                m.url() == null ? null : m.url() + "#copy-" + i, published, m.language(), body.length(),
                m.body() == null ? null : body);
        Extraction x = new Extraction(meta, t.actors(), newPlaces, events, claims);
        ReportSource src = new ReportSource("copy-" + i + "-" + template.source().name(), m.title(), m.outlet(),
                meta.url(), published, m.language(), Map.of(), body, m.body() != null);
        return new Report(src, x);
    }

    /**
     * A body of the template's length in words no other copy uses, so that copies are distinct stories to the
     * duplicate detector (the extraction, not the text, is what the ledger's volume is made of).
     */
    static String prose(int length, int seed) {
        java.util.Random rnd = new java.util.Random(seed * 7919L + 17);
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) {
            sb.append(Long.toString(rnd.nextLong() & 0xFFFFFFFFFFL, 36)).append(rnd.nextInt(12) == 0 ? ". " : " ");
        }
        return sb.toString().trim();
    }

    private static String shift(String iso, int days) {
        if (iso == null) {
            return null;
        }
        LocalDate d = LocalDate.parse(iso.substring(0, 10)).plusDays(days);
        return d + iso.substring(10);
    }

    private static Claim casualty(String id, String claimant, String via, Stance stance, String event, Outcome outcome,
                                  String victims, Count count, Span evidence) {
        return new Claim(id, claimant, via, null, stance, ClaimKind.CASUALTIES, event,
                new Casualties(outcome, victims, count), null, null, List.of(), List.of(evidence));
    }

    /** The span of the first occurrence of {@code phrase} in {@code body}. */
    public static Span span(String body, String phrase) {
        int at = body.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("not in body: " + phrase);
        }
        return Span.of(body, at, at + phrase.length());
    }
}
