package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A national capital over a far smaller namesake at home when the report ranges over other countries; the home
 * town when it does not, or when the report names a town near it. On the conflict fixture with Madrid in Spain
 * (the capital) and a Madrid of 60,000 in Colombia's Cundinamarca, 25 km from Bogotá.
 */
class CapitalsAbroadTest extends ConflictGazetteerTest {
    private static final Map<String, String> POS = Map.of("in", "IN", "on", "IN", "from", "IN", "and", "CC");

    private Place madrid(String text, Map<String, String> ner) {
        List<Place> ps = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner, POS));
        return ps.stream().filter(p -> p.mentions().get(0).text().equals("Madrid")).findFirst().orElseThrow();
    }

    @Test
    void aReportRangingOverOtherCountriesMeansTheCapital() {
        String text = "Envoys from Nigeria, Pakistan and Afghanistan met in Madrid on Monday.\n"
                + "Fighting went on in Cundinamarca, a Colombian official said.";
        Map<String, String> ner = Map.of("Nigeria", "LOCATION", "Pakistan", "LOCATION", "Afghanistan", "LOCATION",
                "Madrid", "LOCATION", "Cundinamarca", "LOCATION");
        Fixtures.assertToponyms(text, new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK)
                .tag(Fixtures.annotate(text, ner, POS)), "Nigeria", "Pakistan", "Afghanistan", "Madrid", "Cundinamarca");
        assertEquals("ES", madrid(text, ner).country());
    }

    @Test
    void aReportAboutOneCountryKeepsItsOwnTown() {
        String text = "Troops left Madrid on Monday.\nFighting went on in Cundinamarca, a Colombian official said.";
        Map<String, String> ner = Map.of("Madrid", "LOCATION", "Cundinamarca", "LOCATION");
        assertEquals("CO", madrid(text, ner).country());
    }

    @Test
    void aTownNamedNearTheNamesakeKeepsItAtHome() {
        String text = "Envoys from Nigeria, Pakistan and Afghanistan met in Madrid on Monday.\n"
                + "Troops left Bogotá for Cundinamarca, a Colombian official said.";
        Map<String, String> ner = Map.of("Nigeria", "LOCATION", "Pakistan", "LOCATION", "Afghanistan", "LOCATION",
                "Madrid", "LOCATION", "Bogotá", "LOCATION", "Cundinamarca", "LOCATION");
        assertEquals("CO", madrid(text, ner).country());
    }
}
