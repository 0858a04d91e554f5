package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.junit.jupiter.api.Test;

class GeoparserTest extends FixtureGazetteerTest {
    /** Like Lucene's assertAnalyzesTo: the toponyms' texts and offsets, in order. */
    private void assertToponyms(TaggedText tagged, String[] texts, int[] starts, int[] ends) {
        List<Toponym> ts = tagged.toponyms();
        assertEquals(List.of(texts), ts.stream().map(Toponym::text).toList());
        for (int i = 0; i < ts.size(); i++) {
            assertEquals(starts[i], ts.get(i).start(), "start of " + texts[i]);
            assertEquals(ends[i], ts.get(i).end(), "end of " + texts[i]);
            assertEquals(texts[i], tagged.text().text().substring(starts[i], ends[i]));
        }
    }

    /** Offsets of the first occurrence of each needle after the previous one. */
    private static int[] starts(String text, String... needles) {
        int[] out = new int[needles.length];
        int from = 0;
        for (int i = 0; i < needles.length; i++) {
            out[i] = text.indexOf(needles[i], from);
            from = out[i] + 1;
        }
        return out;
    }

    @Test
    void tagsDatelinesListsAndSplitNamesButNotDemonymsOrOrganisations() {
        String text = "QUETTA: Fighters of the Balochistan Liberation Army hit Pakistani posts across Kalat, "
                + "including Mongchar, Khazeena, Johan and Kuhak.\n"
                + "A checkpoint in Khazeena Soro was seized near Mangochar.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Balochistan Liberation Army", "ORGANIZATION",
                "Pakistani", "MISC", "Kalat", "LOCATION", "Mongchar", "LOCATION", "Johan", "PERSON",
                "Khazeena", "LOCATION"));
        TaggedText tagged = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK).tag(at);
        assertToponyms(tagged,
                new String[] {"QUETTA", "Kalat", "Mongchar", "Khazeena", "Johan", "Kuhak", "Khazeena Soro",
                    "Mangochar"},
                starts(text, "QUETTA", "Kalat", "Mongchar", "Khazeena,", "Johan", "Kuhak", "Khazeena Soro",
                    "Mangochar"),
                new int[] {6, 84, 104, 114, 121, 131, 162, 188});
        assertEquals(java.util.Set.of("PK"), tagged.contextCountries());
        Toponym johan = tagged.toponyms().get(4);
        assertTrue(johan.has(Toponym.Cue.LIST));
        assertEquals(text.indexOf("Kalat"), johan.enclosingStart());
        assertTrue(tagged.toponyms().get(7).has(Toponym.Cue.NEAR));
    }

    @Test
    void geowebnewsPolicyCountsDemonymsAndEmbeddedNames() {
        String text = "Pakistani troops of the Quetta Garrison Command moved.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Pakistani", "MISC",
                "Quetta Garrison Command", "ORGANIZATION"));
        TaggedText codebook = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK).tag(at);
        assertTrue(codebook.toponyms().isEmpty());
        TaggedText gwn = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.GEOWEBNEWS).tag(at);
        assertToponyms(gwn, new String[] {"Pakistani", "Quetta"}, new int[] {0, 24}, new int[] {9, 30});
    }

    @Test
    void resolvesByContextMergesVariantsAndFallsBackToTheDistrict() {
        String text = "QUETTA: Fighters hit Pakistani posts across Kalat, including Mongchar, Johan and Kuhak.\n"
                + "Two men were held near Mangochar. An earlier clash was in Panjgur.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Pakistani", "MISC", "Kalat", "LOCATION",
                "Mongchar", "LOCATION", "Johan", "PERSON", "Panjgur", "LOCATION"));
        List<Place> places = new GazetteerGeoparser(gazetteer).geoparse(at);
        Map<String, Place> byName = places.stream().collect(Collectors.toMap(Place::name, p -> p));
        assertEquals(List.of("p1", "p2", "p3", "p4", "p5", "p6"), places.stream().map(Place::id).toList());
        Place kalat = byName.get("Kalat");
        // The Pakistani town, not the Afghan Qalat nor the Australian namesake.
        assertEquals(1175296L, kalat.geonamesId());
        assertEquals("Balochistan", kalat.admin1());
        assertEquals(1, kalat.precision());
        Place mongchar = byName.get("Mongchar");
        assertEquals(List.of("Mongchar", "Mangochar"), mongchar.aliases());
        assertEquals(List.of(new Span(61, 69, "Mongchar"), Span.of(text, text.indexOf("Mangochar"),
                text.indexOf("Mangochar") + 9)), mongchar.mentions());
        assertNull(mongchar.geonamesId());
        assertEquals(2, mongchar.precision());
        assertEquals(kalat.id(), mongchar.within());
        assertEquals("Kalat", mongchar.admin2());
        assertEquals(kalat.lat(), mongchar.lat());
        // Johan, a Dutch village in the gazetteer, is not taken for this Johan in Kalat.
        Place johan = byName.get("Johan");
        assertNull(johan.geonamesId());
        assertEquals("PK", johan.country());
        assertEquals(kalat.id(), johan.within());
        assertEquals(1168446L, byName.get("Panjgur").geonamesId());
        assertEquals(List.of("QUETTA"), byName.get("Quetta").aliases());
    }

    private Map<String, Place> placesByName(AnnotatedText at) {
        return new GazetteerGeoparser(gazetteer).geoparse(at).stream().collect(Collectors.toMap(Place::name, p -> p));
    }

    @Test
    void aPlaceTheGazetteerLacksLiesInThePlaceNamedAfterIt() {
        String text = "Fighters left Quetta and Panjgur for the Sara camp in southern Hyderabad.\n"
                + "Kalat was quiet.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Quetta", "LOCATION", "Panjgur", "LOCATION",
                "Sara", "LOCATION", "Hyderabad", "LOCATION", "Kalat", "LOCATION"));
        Map<String, Place> byName = placesByName(at);
        Place hyderabad = byName.get("Hyderabad");
        assertEquals(1176734L, hyderabad.geonamesId());
        Place camp = byName.get("Sara camp");
        assertEquals(Span.of(text, text.indexOf("Sara camp"), text.indexOf("Sara camp") + 9), camp.mentions().get(0));
        assertNull(camp.geonamesId());
        // Inside Hyderabad, not in Balochistan, the province of most of the report's other places.
        assertEquals(hyderabad.id(), camp.within());
        assertEquals(hyderabad.admin1(), camp.admin1());
        assertEquals(hyderabad.lat(), camp.lat());
        assertEquals(2, camp.precision());
    }

    @Test
    void aCampTheNerCallsAnOrganisationIsAPlaceAndItsBareNameLiesWhereTheCampDoes() {
        String text = "Aircraft bombed the Johan Refugee Camp in Balochistan.\nAid reached Johan on Friday.";
        Map<String, String> ner = new LinkedHashMap<>();
        ner.put("Johan", "LOCATION");
        ner.put("Johan Refugee Camp", "ORGANIZATION"); // labelled last: the whole name is the NER's organisation
        ner.put("Balochistan", "LOCATION");
        AnnotatedText at = Fixtures.annotate(text, ner);
        Map<String, Place> byName = placesByName(at);
        Place camp = byName.get("Johan Refugee Camp");
        assertNotNull(camp, byName.toString());
        int start = text.indexOf("Johan Refugee Camp");
        assertEquals(List.of(Span.of(text, start, start + 18), Span.of(text, text.lastIndexOf("Johan"),
                text.lastIndexOf("Johan") + 5)), camp.mentions());
        // Not the Dutch village: the report calls it a camp in Balochistan, and says where.
        assertNull(camp.geonamesId());
        assertEquals("PK", camp.country());
        assertEquals(byName.get("Balochistan").id(), camp.within());
    }

    @Test
    void aCountryInAppositionRulesOutNamesakesElsewhereForEveryMentionOfTheName() {
        String text = "Fighters shelled Hyderabad, Afghanistan, at dawn.\nHyderabad burned for a day.\n"
                + "The unrest reached Pakistan, Afghanistan.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Hyderabad", "LOCATION", "Afghanistan", "LOCATION",
                "Pakistan", "LOCATION"));
        Map<String, Place> byName = placesByName(at);
        Place h = byName.get("Hyderabad");
        // Neither the Indian nor the Pakistani city: the text puts this Hyderabad in Afghanistan.
        assertNull(h.geonamesId(), h.toString());
        assertEquals("AF", h.country());
        assertEquals(byName.get("Afghanistan").id(), h.within());
        assertEquals(2, h.mentions().size());
        assertNull(byName.get("Pakistan").within(), "two countries side by side: neither is inside the other");
    }

    @Test
    void aCountryIsInsideNoDivisionOfItself() {
        // The fixture's Unity state has no GeoNames division codes, like the real package's.
        String text = "Aircraft bombed Unity in South Sudan.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Unity", "LOCATION", "South Sudan", "LOCATION"));
        Map<String, Place> byName = placesByName(at);
        assertEquals("SS", byName.get("Unity").country());
        assertNull(byName.get("South Sudan").within(), byName.toString());
    }

    @Test
    void aVillageImportedLaterResolvesToItsOwnRecord() throws Exception {
        importAndReopen("PK-villages.txt");
        String text = "Fighters attacked Kalat and Mongchar, near Mangochar.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Kalat", "LOCATION", "Mongchar", "LOCATION"));
        List<Place> places = new GazetteerGeoparser(gazetteer).geoparse(at);
        Place m = places.get(1);
        assertEquals(8880001L, m.geonamesId());
        assertEquals(List.of("Mongchar", "Mangochar"), m.aliases());
        assertEquals(1, m.precision());
    }
}
