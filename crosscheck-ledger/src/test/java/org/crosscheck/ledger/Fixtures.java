package org.crosscheck.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Hashing;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;

/** Small hand-made reports about two incidents at and near Kerenga camp, in the style of the dev set. */
final class Fixtures {
    private Fixtures() {
    }

    static final String KERENGA_A = "The Federal Air Command bombed Kerenga refugee camp at 3:41 p.m. today. "
            + "Camp Monitor sources said no one was killed. A FAC spokesman denied the attack occurred.";
    static final String KERENGA_B = "Federal warplanes bombed the Kerenga camp in Lakeland state on Thursday. "
            + "County commissioner Samuel Lokeny said at least 12 people were killed and 20 wounded. "
            + "The federal army spokesman denied the bombing.";
    static final String KERENGA_B_COPY = KERENGA_B + " (Reporting by the wire service.)";
    static final String LOKURU = "Two days earlier, Federal aircraft bombed Lokuru in Eastern Hills, and President "
            + "Daniel Ekai said seven people were killed.";

    static Synthetic.Report kerengaA() {
        String b = KERENGA_A;
        List<Actor> actors = List.of(
                new Actor("a1", "Federal Air Command", List.of("FAC"), ActorKind.STATE_FORCES, "SD", null, null, List.of()),
                new Actor("a2", "Camp Monitor sources", List.of(), ActorKind.OTHER, null, null, null, List.of()),
                new Actor("a3", "People", List.of("no one"), ActorKind.OTHER, null, null, null, List.of()),
                new Actor("a4", "Civilians", List.of("refugees"), ActorKind.CIVILIANS, null, null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Kerenga", List.of("Kerenga"), null, null, null, "SS", "Lakeland", null, 1,
                null, List.of()));
        List<Event> events = List.of(new Event("e1", EventType.EXPLOSIONS, "Air/drone strike", null,
                new TimeRange("2019-05-09T15:41", "2019-05-09T15:41", TimePrecision.MINUTE, null), "p1",
                List.of("a1", "a4"), null, List.of(Synthetic.span(b, "bombed Kerenga refugee camp"))));
        List<Claim> claims = List.of(
                new Claim("c1", Claim.OUTLET, null, null, Stance.ASSERTS, ClaimKind.OCCURRENCE, "e1", null, null, null,
                        List.of(), List.of(Synthetic.span(b, "bombed Kerenga refugee camp"))),
                new Claim("c2", "a2", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, "e1",
                        new Casualties(Outcome.KILLED, "a3", Count.exactly(0, "no one was killed")), null, null,
                        List.of(), List.of(Synthetic.span(b, "no one was killed"))),
                new Claim("c3", "a1", null, null, Stance.DENIES, ClaimKind.OCCURRENCE, "e1", null, null, null,
                        List.of("c1"), List.of(Synthetic.span(b, "denied the attack occurred"))));
        return report("001.txt", b, "Camp Monitor", "https://example.org/kerenga-a", LocalDate.of(2019, 5, 9), actors,
                places, events, claims);
    }

    static Synthetic.Report kerengaB(String body, String name, String url) {
        String b = body;
        List<Actor> actors = List.of(
                new Actor("a1", "Regional officials", List.of(), ActorKind.GOVERNMENT, "SS", null, null, List.of()),
                new Actor("a2", "Samuel Lokeny", List.of("County commissioner Samuel Lokeny"), ActorKind.PERSON, "SS", "a1",
                        null, List.of()),
                new Actor("a3", "Federal Air Command", List.of("federal army", "FAC"), ActorKind.STATE_FORCES, "SD", null,
                        null, List.of()),
                new Actor("a4", "People", List.of("people"), ActorKind.OTHER, null, null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Kerenga", List.of("Kerenga camp"), null, null, null, "SS", "Lakeland", null,
                1, null, List.of()));
        List<Event> events = List.of(new Event("e1", EventType.EXPLOSIONS, "Air/drone strike", null,
                new TimeRange("2019-05-09", "2019-05-09", TimePrecision.DAY, null), "p1", List.of("a3"), null,
                List.of(Synthetic.span(b, "bombed the Kerenga camp"))));
        List<Claim> claims = List.of(
                new Claim("c1", "a2", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, "e1",
                        new Casualties(Outcome.KILLED, "a4", Count.atLeast(12, "at least 12 people")), null, null,
                        List.of(), List.of(Synthetic.span(b, "at least 12 people were killed"))),
                new Claim("c2", "a2", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, "e1",
                        new Casualties(Outcome.WOUNDED, "a4", Count.exactly(20, "20 wounded")), null, null,
                        List.of(), List.of(Synthetic.span(b, "20 wounded"))),
                new Claim("c3", "a3", null, null, Stance.DENIES, ClaimKind.OCCURRENCE, "e1", null, null, null,
                        List.of(), List.of(Synthetic.span(b, "denied the bombing"))));
        return report(name, b, "Horn Wire", url, LocalDate.of(2019, 5, 10), actors, places, events, claims);
    }

    static Synthetic.Report kerengaB() {
        return kerengaB(KERENGA_B, "003.txt", "https://example.org/kerenga-b");
    }

    static Synthetic.Report lokuru() {
        String b = LOKURU;
        List<Actor> actors = List.of(
                new Actor("a1", "Federal Air Command", List.of("Federal aircraft"), ActorKind.STATE_FORCES, "SD", null,
                        null, List.of()),
                new Actor("a2", "Daniel Ekai", List.of("President Daniel Ekai"), ActorKind.PERSON, "SS", null, null, List.of()),
                new Actor("a3", "People", List.of("people"), ActorKind.OTHER, null, null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Lokuru", List.of("Lokuru"), null, null, null, "SS", "Eastern Hills",
                null, 1, null, List.of()));
        List<Event> events = List.of(new Event("e1", EventType.EXPLOSIONS, "Air/drone strike", null,
                new TimeRange("2019-05-07", "2019-05-07", TimePrecision.DAY, null), "p1", List.of("a1"), null,
                List.of(Synthetic.span(b, "bombed Lokuru"))));
        List<Claim> claims = List.of(new Claim("c1", "a2", null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, "e1",
                new Casualties(Outcome.KILLED, "a3", Count.exactly(7, "seven people")), null, null, List.of(),
                List.of(Synthetic.span(b, "seven people were killed"))));
        return report("009.txt", b, "Daily Courier", "https://example.org/lokuru", LocalDate.of(2019, 5, 9), actors,
                places, events, claims);
    }

    static final String TOWN_UNDATED = "U.S. soldiers in Tal Safra found twelve bodies, said Lt. Col. "
            + "Dana Whitfield.";
    static final String TOWN_DATED = "Iraqi commandos raided a district of Tal Safra on Friday, killing two insurgents, "
            + "said the battalion commander, Lt. Col. Dana Whitfield.";
    static final String TOWN_LATER = "Gunmen attacked a checkpoint in Tal Safra, killing two, said Colonel Sami Nouri.";

    /** A report with no date at all, naming the officer {@link #town} also names. */
    static Synthetic.Report townUndated() {
        return town("024.txt", TOWN_UNDATED, null, "Dana Whitfield", "bodies");
    }

    static Synthetic.Report townDated() {
        return town("025.txt", TOWN_DATED, LocalDate.of(2004, 11, 19), "Dana Whitfield", "raided");
    }

    /** Another incident at the same place, years later, told by someone else. */
    static Synthetic.Report townLater() {
        return town("029.txt", TOWN_LATER, LocalDate.of(2017, 2, 23), "Sami Nouri", "attacked");
    }

    private static Synthetic.Report town(String name, String body, LocalDate day, String person, String trigger) {
        List<Actor> actors = List.of(
                new Actor("a1", person, List.of(), ActorKind.PERSON, null, null, null, List.of()),
                new Actor("a2", "Whitfield", List.of(), ActorKind.PERSON, null, null, null, List.of()),
                new Actor("a3", "People", List.of(), ActorKind.OTHER, null, null, null, List.of()));
        List<Place> places = List.of(new Place("p1", "Tal Safra", List.of(), 213490L, 36.335, 43.119, "IQ",
                "Safra Governorate", null, 1, null, List.of()));
        TimeRange time = day == null ? new TimeRange(null, null, null, null)
                : new TimeRange(day.toString(), day.toString(), TimePrecision.DAY, null);
        List<Event> events = List.of(new Event("e1", EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack", null, time, "p1",
                List.of(), null, List.of(Synthetic.span(body, trigger))));
        List<Claim> claims = List.of(new Claim("c1", "a1", null, null, Stance.ASSERTS, ClaimKind.OCCURRENCE, "e1", null,
                null, null, List.of(), List.of(Synthetic.span(body, trigger))));
        return report(name, body, "Wire", "https://example.org/" + name, day, actors, places, events, claims);
    }

    /** An air raid on 2019-05-09 told by one outlet, placed and typed as that outlet's report has it. */
    static Synthetic.Report raid(String name, String place, double lat, double lon, int precision, String subType) {
        String body = "Aircraft hit " + place + " on Thursday, " + name + " reports.";
        List<Place> places = List.of(new Place("p1", place, List.of(), null, lat, lon, "SS", null, null, precision,
                null, List.of()));
        List<Event> events = List.of(new Event("e1", EventType.EXPLOSIONS, subType, null,
                new TimeRange("2019-05-09", "2019-05-09", TimePrecision.DAY, null), "p1", List.of(), null,
                List.of(Synthetic.span(body, "Aircraft hit"))));
        List<Claim> claims = List.of(new Claim("c1", Claim.OUTLET, null, null, Stance.ASSERTS, ClaimKind.OCCURRENCE,
                "e1", null, null, null, List.of(), List.of(Synthetic.span(body, "Aircraft hit"))));
        return report(name, body, name, "https://example.org/" + name, LocalDate.of(2019, 5, 10), List.of(), places,
                events, claims);
    }

    static Synthetic.Report report(String name, String body, String outlet, String url, LocalDate published,
                                   List<Actor> actors, List<Place> places, List<Event> events, List<Claim> claims) {
        ReportMeta meta = new ReportMeta(Hashing.sha256Hex(body), name, outlet, url, published, "en", body.length(), null);
        return new Synthetic.Report(new ReportSource(name, name, outlet, url, published, "en", Map.of(), body, false),
                new Extraction(meta, actors, places, events, claims));
    }

    /** The same report with another body (a corrected version at the same URL). */
    static Synthetic.Report withBody(Synthetic.Report r, String body) {
        Extraction x = r.extraction();
        ReportMeta m = x.report();
        ReportMeta meta = new ReportMeta(Hashing.sha256Hex(body), m.title(), m.outlet(), m.url(), m.published(),
                m.language(), body.length(), null);
        ReportSource s = r.source();
        return new Synthetic.Report(new ReportSource(s.name(), s.title(), s.outlet(), s.url(), s.published(),
                s.language(), s.metadata(), body, false), new Extraction(meta, x.actors(), x.places(), x.events(),
                new ArrayList<>(x.claims())));
    }

    /** The same report at another URL. */
    static Synthetic.Report atUrl(Synthetic.Report r, String url) {
        return withHeader(r, r.source().outlet(), url);
    }

    /** The same report with another outlet and URL in its header. */
    static Synthetic.Report withHeader(Synthetic.Report r, String outlet, String url) {
        Extraction x = r.extraction();
        ReportMeta m = x.report();
        ReportMeta meta = new ReportMeta(m.id(), m.title(), outlet, url, m.published(), m.language(), m.chars(),
                m.body());
        ReportSource s = r.source();
        return new Synthetic.Report(new ReportSource(s.name(), s.title(), outlet, url, s.published(), s.language(),
                s.metadata(), s.body(), false), new Extraction(meta, x.actors(), x.places(), x.events(), x.claims()));
    }
}
