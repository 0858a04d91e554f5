package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Place;
import org.crosscheck.text.AnnotatedText;
import org.junit.jupiter.api.Test;

/**
 * The text's own hierarchy beats population and namesakes: parentheses, "X area of Y", "Y's X", "X, Y". On a
 * fixture of real GeoNames rows where the names recur: Granada and Argelia in several Colombian departments and
 * Granada in Spain, Ibi in Nigeria and Spain, Ede in Nigeria and the Netherlands.
 */
class TextHierarchyTest extends ConflictGazetteerTest {
    private Map<String, Place> places(String text, Map<String, String> ner) {
        AnnotatedText at = Fixtures.annotate(text, ner);
        return new GazetteerGeoparser(gazetteer).geoparse(at).stream()
                .collect(Collectors.toMap(p -> p.mentions().get(0).text(), p -> p));
    }

    @Test
    void aDepartmentInParenthesesBeatsTheLargerNamesakeAbroadAndNextDoor() {
        String text = "Gunmen attacked a police post in Granada (Meta) on Sunday.";
        Map<String, String> ner = Map.of("Granada", "LOCATION", "Meta", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Granada", "Meta");
        Toponym granada = tag(text, ner).toponyms().get(0);
        assertEquals(text.indexOf("Meta"), granada.enclosingStart());
        Map<String, Place> p = places(text, ner);
        // Not Granada in Spain (234,000 people) nor Granada in Antioquia: the one in Meta.
        assertEquals(3681957L, p.get("Granada").geonamesId());
        assertEquals(p.get("Meta").id(), p.get("Granada").within());
        assertEquals(1, p.get("Granada").precision());
    }

    @Test
    void aDepartmentAndCountryInParenthesesChainTheirPlaces() {
        String text = "Rebels clashed with troops near Argelia (Cauca, Colombia) overnight.";
        Map<String, String> ner = Map.of("Argelia", "LOCATION", "Cauca", "LOCATION", "Colombia", "LOCATION");
        TaggedText t = tag(text, ner);
        Fixtures.assertToponyms(text, t, "Argelia", "Cauca", "Colombia");
        assertEquals(text.indexOf("Cauca"), t.toponyms().get(0).enclosingStart());
        assertEquals(text.indexOf("Colombia"), t.toponyms().get(1).enclosingStart());
        Map<String, Place> p = places(text, ner);
        assertEquals(3689615L, p.get("Argelia").geonamesId(), "the Argelia of Cauca, not of Antioquia or Valle");
        assertEquals(2, p.get("Argelia").precision(), "near a town");
        assertEquals(p.get("Colombia").id(), p.get("Cauca").within());
    }

    @Test
    void anUnknownVillageInATehsilOfADistrictSitsAtTheDistrictOnceTheDistrictsAreImported() throws Exception {
        String text = "Militants stormed a check post in the Zarnai area of Mir Ali tehsil "
                + "(North Waziristan, Khyber Pakhtunkhwa) on Monday.";
        Map<String, String> ner = Map.of("North Waziristan", "LOCATION", "Khyber Pakhtunkhwa", "LOCATION");
        TaggedText t = tag(text, ner);
        Fixtures.assertToponyms(text, t, "Zarnai area", "Mir Ali tehsil", "North Waziristan", "Khyber Pakhtunkhwa");
        List<Toponym> ts = t.toponyms();
        assertEquals(ts.get(1).start(), ts.get(0).enclosingStart());
        assertEquals(ts.get(2).start(), ts.get(1).enclosingStart());
        assertEquals(ts.get(3).start(), ts.get(2).enclosingStart());
        // Without district records the text's province is all that is known.
        Place zarnai = places(text, ner).get("Zarnai area");
        assertEquals(3, zarnai.precision());
        assertEquals("PK", zarnai.country());
        assertEquals("Khyber Pakhtunkhwa", zarnai.admin1());
        // With GeoNames' admin2 codes imported, North Waziristan is a district, and the village sits at it.
        importAndReopen("gazetteer-conflict-admin2.txt");
        Map<String, Place> p = places(text, ner);
        Place district = p.get("North Waziristan");
        assertNotNull(district.lat());
        assertEquals(2, district.precision());
        assertEquals("North Waziristan", district.admin2());
        zarnai = p.get("Zarnai area");
        assertEquals(2, zarnai.precision());
        assertEquals("North Waziristan", zarnai.admin2());
        assertEquals(district.lat(), zarnai.lat());
        assertEquals(p.get("Mir Ali tehsil").id(), zarnai.within());
    }

    @Test
    void aStateInAppositionRulesOutTheSpanishTown() {
        String text = "Herders and farmers fought in Ibi, Taraba, for two days.\nIbi was calm by Friday.";
        Map<String, String> ner = Map.of("Ibi", "LOCATION", "Taraba", "LOCATION");
        TaggedText t = tag(text, ner);
        Fixtures.assertToponyms(text, t, "Ibi", "Taraba", "Ibi");
        assertEquals(text.indexOf("Taraba"), t.toponyms().get(0).enclosingStart());
        Place ibi = places(text, ner).get("Ibi");
        assertEquals(2339287L, ibi.geonamesId());
        assertEquals(2, ibi.mentions().size());
    }

    @Test
    void aPossessorEnclosesThePlaceAfterIt() {
        String text = "Gunmen raided Osun's Ede town before dawn.";
        Map<String, String> ner = Map.of("Osun", "LOCATION", "Ede", "LOCATION");
        TaggedText t = tag(text, ner);
        assertEquals(text.indexOf("Osun"), t.toponyms().get(1).enclosingStart());
        // The Nigerian town (no population in GeoNames), not the Dutch one of 67,000.
        assertEquals(2344053L, places(text, ner).get(t.toponyms().get(1).text()).geonamesId());
    }

    @Test
    void aQuarterOfACityTheGazetteerLacksSitsAtTheCity() {
        String text = "A bomb exploded in the Sabon Gari area of Kano on Tuesday.";
        Map<String, String> ner = new LinkedHashMap<>();
        ner.put("Sabon Gari", "PERSON"); // the NER's guess; the construction says otherwise
        ner.put("Kano", "LOCATION");
        TaggedText t = tag(text, ner);
        Fixtures.assertToponyms(text, t, "Sabon Gari area", "Kano");
        assertEquals(text.indexOf("Kano"), t.toponyms().get(0).enclosingStart());
        Map<String, Place> p = places(text, ner);
        Place quarter = p.get("Sabon Gari area");
        assertNull(quarter.geonamesId());
        assertEquals(p.get("Kano").id(), quarter.within());
        assertEquals(2, quarter.precision());
        assertEquals(p.get("Kano").lat(), quarter.lat());
    }

    @Test
    void parenthesesThatHoldNoPlaceEncloseNothing() {
        String text = "KANO (AFP) - Police in Kano (Nigeria's second city) said nothing.";
        Map<String, String> ner = Map.of("KANO", "LOCATION", "AFP", "ORGANIZATION", "Kano", "LOCATION",
                "Nigeria", "LOCATION");
        for (Toponym t : tag(text, ner).toponyms()) {
            assertEquals(-1, t.enclosingStart(), t.text());
        }
    }

    @Test
    void aDescriptionInAppositionPutsThePlaceInsideTheNameAfterInOrOf() {
        String text = "Herders fought in Ibi, a riverside town in Taraba, on Monday.\n"
                + "Gunmen burned Tudun Wada, a farming village of Kano, at night.\n"
                + "Troops left Ede, a town 40 km from Osogbo.";
        Map<String, String> ner = Map.of("Ibi", "LOCATION", "Taraba", "LOCATION", "Tudun Wada", "LOCATION",
                "Ede", "LOCATION", "Osogbo", "LOCATION");
        TaggedText t = tag(text, ner);
        Fixtures.assertToponyms(text, t, "Ibi", "Taraba", "Tudun Wada", "Kano", "Ede", "Osogbo");
        List<Toponym> ts = t.toponyms();
        assertEquals(ts.get(1).start(), ts.get(0).enclosingStart());
        assertEquals(ts.get(3).start(), ts.get(2).enclosingStart(), "Kano, untagged by the NER, made a toponym");
        assertEquals(-1, ts.get(4).enclosingStart(), "a distance from a town is not inside it");
        Map<String, Place> p = places(text, ner);
        assertEquals(2339287L, p.get("Ibi").geonamesId(), "the Nigerian Ibi, not the Spanish");
        Place village = p.get("Tudun Wada");
        assertNull(village.geonamesId());
        assertEquals(p.get("Kano").id(), village.within());
        assertEquals(p.get("Kano").lat(), village.lat());
    }
}
