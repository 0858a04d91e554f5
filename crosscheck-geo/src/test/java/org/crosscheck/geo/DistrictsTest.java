package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Place;
import org.junit.jupiter.api.Test;

/** Second-level divisions: a town and its district named together vouch for each other. */
class DistrictsTest extends FixtureGazetteerTest {
    @Test
    void aTownAndItsCountyNamedTogetherPickEachOther() throws Exception {
        // Two Wayne Counties and two Lyndons, as in GeoNames; only one Lyndon lies in a Wayne County.
        importAndReopen("US-namesakes.txt");
        String text = "Storms hit Lyndon and the rest of Wayne County overnight.";
        Map<String, Place> p = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text,
                Map.of("Lyndon", "LOCATION", "Wayne County", "LOCATION"))).stream()
                .collect(Collectors.toMap(Place::name, x -> x));
        assertEquals(9990102L, p.get("Lyndon").geonamesId(), p.toString());
        assertEquals(9990202L, p.get("Wayne County").geonamesId());
        assertEquals(List.of("Wayne County"), p.get("Wayne County").aliases());
    }
}
