package org.crosscheck.extract.events;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Where an event happened, on hand-built tokens and places built as the geoparser would return them. */
class EventPlacesTest {
    @Test
    void aVillageInsideADistrictIsMoreSpecificThanAResolvedTownNamedAsAReferencePoint() {
        AnnotatedText t = HandBuilt.sentence(
                "Gunmen ambushed a patrol in the village of Tarli in Khyber district , 40 km north of Peshawar .")
                .tags("NNS VBD DT NN IN DT NN IN NNP IN NNP NN , CD NN RB IN NNP .").text();
        // the gazetteer lacks the village: it stays at a coarse precision, but inside the district
        Place district = place(t, "p1", "Khyber", 2, null);
        Place village = place(t, "p2", "Tarli", 3, "p1");
        Place town = place(t, "p3", "Peshawar", 1, null);
        ReportContext ctx = context(t, List.of(district, village, town));
        assertEquals("Tarli", EventPlaces.placeFor(ctx, ctx.sentences().get(0), 1, null).name());
        assertQuotes(t.text(), "Tarli", village.mentions().get(0));
    }

    @Test
    void thePlaceOfAnotherClauseDoesNotPlaceTheEvent() {
        AnnotatedText t = HandBuilt.sentence("In Kalehe , rebels shelled a market and officials met in Goma .")
                .tags("IN NNP , NNS VBD DT NN CC NNS VBD IN NNP .")
                .deps("case(Kalehe-2, In-1) obl:in(shelled-5, Kalehe-2) punct(shelled-5, ,-3)"
                        + " nsubj(shelled-5, rebels-4) root(ROOT-0, shelled-5) det(market-7, a-6)"
                        + " obj(shelled-5, market-7) cc(met-10, and-8) nsubj(met-10, officials-9)"
                        + " conj:and(shelled-5, met-10) case(Goma-12, in-11) obl:in(met-10, Goma-12)"
                        + " punct(shelled-5, .-13)")
                .text();
        ReportContext ctx = context(t, List.of(place(t, "p1", "Kalehe", 1, null), place(t, "p2", "Goma", 1, null)));
        assertEquals("Kalehe", EventPlaces.placeFor(ctx, ctx.sentences().get(0), 4, null).name());
    }

    @Test
    void withoutAParseTheNearestPlaceAfterTheEventWordPlacesIt() {
        AnnotatedText t = HandBuilt.sentence("In Kalehe , rebels shelled a market and officials met in Goma .")
                .tags("IN NNP , NNS VBD DT NN CC NNS VBD IN NNP .").text();
        ReportContext ctx = context(t, List.of(place(t, "p1", "Kalehe", 1, null), place(t, "p2", "Goma", 1, null)));
        assertEquals("Goma", EventPlaces.placeFor(ctx, ctx.sentences().get(0), 4, null).name());
    }

    @Test
    void aTownADistanceIsMeasuredFromIsNotWhereTheEventHappened() {
        AnnotatedText t = HandBuilt.sentence("Raiders burned the market of Lokori , 60 km south-east of the town of Lodwar .")
                .tags("NNS VBD DT NN IN NNP , CD NN RB IN DT NN IN NNP .").text();
        ReportContext ctx = context(t, List.of(place(t, "p1", "Lokori", 1, null), place(t, "p2", "Lodwar", 1, null)));
        assertEquals("Lokori", EventPlaces.placeFor(ctx, ctx.sentences().get(0), 1, null).name());
        AnnotatedText only = HandBuilt.sentence("Raiders burned a market 60 km south-east of Lodwar .")
                .tags("NNS VBD DT NN CD NN RB IN NNP .").text();
        ReportContext alone = context(only, List.of(place(only, "p1", "Lodwar", 1, null)));
        assertEquals(null, EventPlaces.own(alone, alone.sentences().get(0), 1));
    }

    @Test
    void aCountryStandsForTheMainTownUnlessTheIncidentSpreadsAcrossIt() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2025, 3, 14),
                HandBuilt.sentence("Drones hit targets across Ruritania overnight .").tags("NNS VBD NNS IN NNP RB ."),
                HandBuilt.sentence("Rockets struck several towns in Ruritania .").tags("NNS VBD JJ NNS IN NNP ."),
                HandBuilt.sentence("Rockets struck a market in Ruritania .").tags("NNS VBD DT NN IN NNP ."),
                HandBuilt.sentence("Strelsau was hit and Strelsau burned .").tags("NNP VBD VBN CC NNP VBD ."),
                HandBuilt.sentence("Air strikes on Ruritania went on .").tags("NN NNS IN NNP VBD RP ."));
        Place country = new Place("p1", "Ruritania", List.of("Ruritania"), null, null, null, "RU", null, null, 3,
                null, mentions(t, "Ruritania"));
        Place town = new Place("p2", "Strelsau", List.of("Strelsau"), null, null, null, "RU", null, null, 1, "p1",
                mentions(t, "Strelsau"));
        ReportContext ctx = context(t, List.of(country, town));
        assertEquals("Ruritania", EventPlaces.specific(ctx, ctx.sentences().get(0), 1, country).name());
        assertEquals("Ruritania", EventPlaces.specific(ctx, ctx.sentences().get(1), 1, country).name());
        assertEquals("Strelsau", EventPlaces.specific(ctx, ctx.sentences().get(2), 1, country).name());
        assertEquals("Ruritania", EventPlaces.specific(ctx, ctx.sentences().get(4), 1, country).name());
    }

    private static List<Span> mentions(AnnotatedText t, String name) {
        List<Span> out = new java.util.ArrayList<>();
        for (int at = t.text().indexOf(name); at >= 0; at = t.text().indexOf(name, at + 1)) {
            out.add(new Span(at, at + name.length(), name));
        }
        return out;
    }

    private static Place place(AnnotatedText t, String id, String name, int precision, String within) {
        int at = t.text().indexOf(name);
        return new Place(id, name, List.of(name), null, null, null, "XX", null, null, precision, within,
                List.of(new Span(at, at + name.length(), name)));
    }

    private static ReportContext context(AnnotatedText t, List<Place> places) {
        ReportSource source = new ReportSource("test.txt", null, null, null, t.anchor(), null, Map.of(), t.text(),
                false);
        return ReportContext.of(source, t, places, Set.of());
    }
}
