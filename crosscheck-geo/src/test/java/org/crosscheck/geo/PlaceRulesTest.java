package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Place;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

/** The tagger's rules for what is no place, qualified spans and actor-only countries, on the fixture. */
class PlaceRulesTest extends FixtureGazetteerTest {
    private TaggedText tag(String text, Map<String, String> ner, TaggingPolicy policy) {
        return new NerGazetteerGeotagger(gazetteer, policy).tag(Fixtures.annotate(text, ner));
    }

    @Test
    void titlesCommonWordsSeatsOfPowerCompassWordsAndHyphenatedAdjectivesAreNoPlaces() {
        String text = "Mr. Ahmed told the Kremlin that God protects the North.\n"
                + "The United Nations-run school in Quetta was hit by Pakistan-backed men.";
        Map<String, String> ner = Map.of("Kremlin", "LOCATION", "United Nations", "LOCATION",
                "Quetta", "LOCATION", "Pakistan", "LOCATION", "North", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner, TaggingPolicy.CODEBOOK), "Quetta");
    }

    @Test
    void aTitleBetweenAPlaceAndAPersonIsNoPartOfThePlace() {
        String text = "Quetta Mayor Ali Khan met people in Quetta.";
        TaggedText t = tag(text, Map.of("Quetta", "LOCATION", "Ali Khan", "PERSON"), TaggingPolicy.GEOWEBNEWS);
        Fixtures.assertToponyms(text, t, "Quetta", "Quetta");
    }

    @Test
    void aNameTheTextGivesAPersonIsNoPlace() {
        String text = "Commander Mustafa Badreddine was killed.\nHe died where Badreddine lived, near Quetta.";
        Map<String, String> ner = new LinkedHashMap<>();
        ner.put("Badreddine", "LOCATION");
        ner.put("Mustafa Badreddine", "PERSON");
        ner.put("Quetta", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner, TaggingPolicy.CODEBOOK), "Quetta");
    }

    @Test
    void codebookSpansTakeDivisionWordsCompassPartsAndFacilities() {
        String text = "Fighters reached the Kalat district, the Quetta airport and southern Balochistan.";
        Map<String, String> ner = Map.of("Kalat", "LOCATION", "Quetta", "LOCATION", "Balochistan", "LOCATION");
        TaggedText codebook = tag(text, ner, TaggingPolicy.CODEBOOK);
        Fixtures.assertToponyms(text, codebook, "Kalat district", "Quetta airport", "southern Balochistan");
        assertEquals("Kalat", codebook.toponyms().get(0).name());
        assertTrue(codebook.toponyms().get(1).has(Toponym.Cue.FACILITY));
        assertTrue(codebook.toponyms().get(2).has(Toponym.Cue.PART));
        // GeoWebNews spans the bare names.
        Fixtures.assertToponyms(text, tag(text, ner, TaggingPolicy.GEOWEBNEWS), "Kalat", "Quetta", "Balochistan");

        List<Place> places = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner));
        Place airport = places.get(1);
        assertEquals("Quetta airport", airport.name());
        assertNull(airport.geonamesId());
        assertEquals(2, airport.precision());
        assertEquals(30.18414, airport.lat(), 0.01);
        assertEquals("Balochistan", places.get(2).name());
        assertEquals(List.of("southern Balochistan", "Balochistan"), places.get(2).aliases());
    }

    @Test
    void aCountryNamedOnlyAsAnActorIsNoPlaceButStillContext() {
        String text = "Pakistan said its troops fired on Afghanistan posts.\nRefugees fled from Afghanistan to Quetta.";
        Map<String, String> ner = Map.of("Pakistan", "LOCATION", "Afghanistan", "LOCATION", "Quetta", "LOCATION");
        TaggedText codebook = tag(text, ner, TaggingPolicy.CODEBOOK);
        Fixtures.assertToponyms(text, codebook, "Afghanistan", "Afghanistan", "Quetta");
        assertTrue(codebook.contextCountries().contains("PK"));
        Fixtures.assertToponyms(text, tag(text, ner, TaggingPolicy.GEOWEBNEWS), "Pakistan", "Afghanistan", "Afghanistan",
                "Quetta");
    }

    @Test
    void aShortFormOfAProvinceTheTextNamesInFullIsThatProvince() {
        String text = "Fighting in Khyber Pakhtunkhwa spread.\nTroops in Khyber were attacked.";
        Map<String, String> ner = Map.of("Khyber Pakhtunkhwa", "LOCATION", "Khyber", "LOCATION");
        List<Place> places = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner));
        assertEquals(1, places.size(), places.toString());
        assertEquals(List.of("Khyber Pakhtunkhwa", "Khyber"), places.get(0).aliases());
    }

    @Test
    void aNameTaggedAsAPlaceIsOneAtItsOtherMentionsButNotInsideALongerName() {
        String text = "Soldiers burned Dargai village on Monday.\nDargai had 300 houses.\n"
                + "Pupils of the Dargai High School fled, and Dargai Traders closed.";
        Map<String, String> ner = new LinkedHashMap<>();
        ner.put("Dargai Traders", "ORGANIZATION");
        TaggedText t = tag(text, ner, TaggingPolicy.CODEBOOK);
        Fixtures.assertToponyms(text, t, "Dargai village", "Dargai");
        assertTrue(t.toponyms().get(1).has(Toponym.Cue.ECHO));
        // The place and its echo are one place.
        List<Place> places = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner));
        assertEquals(1, places.size());
        assertEquals(List.of("Dargai village", "Dargai"), places.get(0).aliases());
    }

    @Test
    void aCountryInAppositionToAPlaceNounIsAPlace() {
        String text = "Pakistan said Afghanistan, a state at war for decades, needs aid.\n"
                + "Afghanistan, the envoy said, needs aid.";
        Map<String, String> ner = Map.of("Pakistan", "LOCATION", "Afghanistan", "LOCATION");
        // The first stands beside a place noun, so the country is a place at each mention; named only as an
        // actor it is none.
        Fixtures.assertToponyms(text, tag(text, ner, TaggingPolicy.CODEBOOK), "Afghanistan", "Afghanistan");
        String actorsOnly = "Pakistan said Afghanistan, the envoy said, needs aid.";
        Fixtures.assertToponyms(actorsOnly, tag(actorsOnly, ner, TaggingPolicy.CODEBOOK));
    }

    @Test
    void aLocativeParticipleEndsTheLookBackForTheWordBeforeAName() {
        String text = "Pakistan said militants raided villages bordering Afghanistan.";
        AnnotatedText annotated = Fixtures.annotate(text, Map.of("Pakistan", "LOCATION", "Afghanistan", "LOCATION"),
                Map.of("bordering", "VBG", "raided", "VBD"));
        Fixtures.assertToponyms(text, new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK).tag(annotated),
                "Afghanistan");
    }

    @Test
    void anEchoOfAPlaceEndsAtAWordNotAtTheQuoteAfterIt() {
        String text = "Gunmen entered Kalat district on Monday.\n\"We saw Kalat\", a farmer said.";
        Fixtures.assertToponyms(text, tag(text, Map.of(), TaggingPolicy.GEOWEBNEWS), "Kalat", "Kalat");
    }

    @Test
    void aNameInsideAHyphenatedAdjectiveCountsOnlyUnderAPolicyThatCountsEmbeddedNames() {
        // As CoreNLP tokenises it: a hyphenated word is one token.
        String text = "The Quetta-based group and Pakistani-backed men met Post-war elders in Kalat.";
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\w-]+|\\.").matcher(text);
        while (m.find()) {
            String w = m.group();
            String ner = w.equals("Kalat") ? "LOCATION" : "O";
            String pos = w.contains("-") ? "JJ" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(tokens.size(), w, m.start(), m.end(), pos, w, ner, null));
        }
        AnnotatedText annotated = new AnnotatedText(text, null,
                List.of(new Sentence(0, 0, text.length(), tokens)));
        TaggedText gwn = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.GEOWEBNEWS).tag(annotated);
        Fixtures.assertToponyms(text, gwn, "Quetta", "Pakistani", "Kalat");
        assertTrue(gwn.toponyms().get(0).has(Toponym.Cue.EMBEDDED));
        assertTrue(gwn.toponyms().get(1).has(Toponym.Cue.DEMONYM));
        Fixtures.assertToponyms(text, new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK).tag(annotated),
                "Kalat");
    }

    @Test
    void aNameTheGazetteerLacksFallsBackToTheReportsOwnProvinceNotANamesakesAbroad() {
        String text = "Militants fled Balochistan for Johan.\nThey later raided Mongchar.";
        Map<String, String> ner = Map.of("Balochistan", "LOCATION", "Johan", "LOCATION", "Mongchar", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner, TaggingPolicy.CODEBOOK), "Balochistan", "Johan", "Mongchar");
        // Johan in the Netherlands is refused (a small namesake abroad) and must not outvote Balochistan.
        Place mongchar = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner)).get(2);
        assertEquals("Mongchar", mongchar.name());
        assertEquals("PK", mongchar.country());
        assertEquals("Balochistan", mongchar.admin1());
        assertEquals(3, mongchar.precision());
    }
}
