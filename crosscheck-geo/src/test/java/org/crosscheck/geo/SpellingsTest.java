package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Place;
import org.junit.jupiter.api.Test;

/** How a place's spellings become one place with every one of them among its aliases. */
class SpellingsTest extends FixtureGazetteerTest {
    private List<Place> places(String text, Map<String, String> ner) {
        return new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner));
    }

    @Test
    void aCapitalisedPlaceNounEndsTheSpanButNotTheName() {
        String text = "Troops entered Sindh Province and the Mastung Refugee Camp.";
        Map<String, String> ner = Map.of("Sindh Province", "LOCATION", "Mastung Refugee Camp", "LOCATION");
        TaggedText t = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK).tag(Fixtures.annotate(text, ner));
        Fixtures.assertToponyms(text, t, "Sindh Province", "Mastung Refugee Camp");
        assertEquals("Sindh", t.toponyms().get(0).name());
        assertTrue(t.toponyms().get(0).has(Toponym.Cue.DIVISION));
        assertEquals("Mastung", t.toponyms().get(1).name());
        List<Place> ps = places(text, ner);
        assertEquals("Sindh", ps.get(0).name());
        assertEquals(List.of("Sindh Province", "Sindh"), ps.get(0).aliases());
        assertEquals(List.of("Mastung Refugee Camp", "Mastung"), ps.get(1).aliases());
    }

    @Test
    void theBareNameIsAnAliasUnlessAnotherPlaceGoesByIt() {
        String text = "Shells fell across Kalat district.\nLater the town of Kalat itself was hit.";
        List<Place> ps = places(text, Map.of("Kalat", "LOCATION"));
        // The district and its seat are two places; only the town answers to the bare name.
        assertEquals(2, ps.size(), ps.toString());
        assertEquals(List.of("Kalat district"), ps.get(0).aliases());
        assertEquals(List.of("Kalat"), ps.get(1).aliases());
    }
}
