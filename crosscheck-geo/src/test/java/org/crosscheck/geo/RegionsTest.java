package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Regions the text makes of a town's name ("the Tarnak valley"; "Tarnak" beside "Tarnak City") and compass parts of
 * countries and such regions ("southern Pakistan"): places of their own at precision 3. Tarnak is a fixture town.
 */
class RegionsTest extends ConflictGazetteerTest {
    private List<Place> places(String text, Map<String, String> ner) {
        return new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner));
    }

    private static Place named(List<Place> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                name + " not in " + ps));
    }

    @Test
    void theBareNameBesideXCityIsTheLandAroundTheTown() {
        String text = "Shells hit Tarnak City on Monday.\nFighting across Tarnak displaced thousands, and "
                + "northern Tarnak was cut off.";
        List<Place> ps = places(text, Map.of("Tarnak City", "LOCATION", "Tarnak", "LOCATION"));
        assertEquals(3, ps.size(), ps.toString());
        Place city = named(ps, "Tarnak");
        Place region = ps.stream().filter(p -> p.aliases().equals(List.of("Tarnak"))).findFirst().orElseThrow();
        assertEquals(List.of("Tarnak City"), ps.get(0).aliases());
        assertNotNull(ps.get(0).geonamesId());
        assertEquals(1, ps.get(0).precision());
        assertNull(region.geonamesId());
        assertEquals(3, region.precision());
        assertEquals(city.lat(), region.lat());
        Place part = named(ps, "northern Tarnak");
        assertEquals(3, part.precision());
        assertEquals(region.id(), part.within());
        // Offsets of each mention are those of the text.
        assertEquals(text.indexOf("northern Tarnak"), part.mentions().get(0).start());
        assertEquals(text.indexOf("Tarnak", text.indexOf("across")), region.mentions().get(0).start());
    }

    @Test
    void aRegionNounAfterATownsNameMakesOneRegionWithTheBareName() {
        String text = "Militants hold the Tarnak valley.\nTroops entered Tarnak on Sunday.";
        List<Place> ps = places(text, Map.of("Tarnak", "LOCATION"));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(List.of("Tarnak valley", "Tarnak"), ps.get(0).aliases());
        assertEquals(3, ps.get(0).precision());
        assertNull(ps.get(0).geonamesId());
    }

    @Test
    void aCompassPartOfACountryIsARegionOfItsOwnAndNoActorsPlace() {
        String text = "Pakistan said the rockets were fired from Afghanistan.\nThey fell in southern Pakistan.";
        Map<String, String> ner = Map.of("Pakistan", "LOCATION", "Afghanistan", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Afghanistan", "southern Pakistan");
        List<Place> ps = places(text, ner);
        Place part = named(ps, "southern Pakistan");
        assertEquals(3, part.precision());
        assertEquals("PK", part.country());
        assertEquals(List.of("southern Pakistan"), part.aliases());
    }

    @Test
    void theAdjectiveSpellingOfADivisionsCompassWordIsTheSameDivision() {
        String text = "Refugees fled North Tarnak.\nBombs fell across Northern Tarnak.";
        List<Place> ps = places(text, Map.of("North Tarnak", "LOCATION", "Northern Tarnak", "LOCATION"));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(List.of("North Tarnak", "Northern Tarnak"), ps.get(0).aliases());
    }
}
