package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Which country a report is about: the one its places lie in, though it names only other countries, as actors; a
 * country that only modifies a noun after a place ("Ede, Netherlands embassy staff said") encloses nothing; a country
 * inside an organisation's name is a toponym under GeoWebNews' policy.
 */
class HomeCountryTest extends ConflictGazetteerTest {
    @Test
    void theCountryTheReportsPlacesLieInIsHomeThoughOnlyAnActorCountryIsNamed() {
        String text = "Spain said its troops left Lashkar Gah for Sangin.";
        Map<String, String> ner = Map.of("Spain", "LOCATION", "Lashkar Gah", "LOCATION", "Sangin", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Lashkar Gah", "Sangin");
        Map<String, Place> p = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner)).stream()
                .collect(Collectors.toMap(Place::name, x -> x));
        // Two small Afghan towns, not refused as namesakes abroad of a report about Spain.
        assertEquals(List.of("AF", "AF"), List.of(p.get("Lashkar Gāh").country(), p.get("Sangīn").country()));
        assertEquals(1127547L, p.get("Sangīn").geonamesId());
        assertEquals(1, p.get("Sangīn").precision());
    }

    @Test
    void aCountryModifyingTheNounAfterAPlaceDoesNotEncloseIt() {
        String text = "Gunmen struck Ede, Netherlands embassy staff said.\nGunmen struck Ede, Netherlands, at noon.";
        Map<String, String> ner = Map.of("Ede", "LOCATION", "Netherlands", "LOCATION");
        TaggedText t = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.GEOWEBNEWS).tag(Fixtures.annotate(text, ner));
        Fixtures.assertToponyms(text, t, "Ede", "Netherlands", "Ede", "Netherlands");
        assertEquals(-1, t.toponyms().get(0).enclosingStart());
        assertEquals(t.toponyms().get(3).start(), t.toponyms().get(2).enclosingStart(), "in apposition, it does");
    }

    @Test
    void aCountryByAnyOfItsNamesInsideAnOrganisationCountsUnderGeoWebNewsButNotByItsCode() {
        String text = "The Holland Trade Office and the NL Trade Office met.";
        Map<String, String> ner = Map.of("Holland Trade Office", "ORGANIZATION", "NL Trade Office", "ORGANIZATION");
        Fixtures.assertToponyms(text, new NerGazetteerGeotagger(gazetteer, TaggingPolicy.GEOWEBNEWS)
                .tag(Fixtures.annotate(text, ner)), "Holland");
        Fixtures.assertToponyms(text, tag(text, ner));
    }
}
