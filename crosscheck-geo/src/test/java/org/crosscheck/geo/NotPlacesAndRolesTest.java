package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.MentionRole;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.junit.jupiter.api.Test;

/** What is no place (organisations, their acronyms), what lies in no country (seas), and what places no incident. */
class NotPlacesAndRolesTest extends ConflictGazetteerTest {
    @Test
    void anOrganisationAndTheAcronymTheTextGivesItAreNoPlaces() {
        // NG is also Nigeria's code; here the text makes it the guard's.
        String text = "The National Guard (NG) and the Ede Peace Council met in Osogbo.\nNG units left Kano.";
        Map<String, String> ner = Map.of("NG", "LOCATION", "Ede Peace Council", "LOCATION", "Osogbo", "LOCATION",
                "Kano", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Osogbo", "Kano");
    }

    @Test
    void aNameTheTextPutsAfterAPersonsTitleIsThePersonWhereverItStands() {
        String text = "The rebels' Vice Chairman Tin Maung said troops shelled Bannu.\n"
                + "\"We will hold Ede,\" Tin Maung says, and Maung left for Kano.";
        Map<String, String> ner = Map.of("Tin Maung", "LOCATION", "Maung", "LOCATION", "Bannu", "LOCATION",
                "Ede", "LOCATION", "Kano", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Bannu", "Ede", "Kano");
    }

    @Test
    void aSeaLiesInNoCountryButItsNamesakeProvinceDoes() {
        String text = "Gunmen attacked a boat in the Gulf of Guinea after raids in Kano.";
        Map<String, String> ner = Map.of("Gulf of Guinea", "LOCATION", "Kano", "LOCATION");
        List<Place> places = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner));
        Place sea = places.stream().filter(p -> p.name().equals("Gulf of Guinea")).findFirst().orElseThrow();
        // Not Nigeria, where the report's other places are: no country and no point.
        assertNull(sea.country());
        assertNull(sea.lat());
    }

    @Test
    void comparisonsSourcesAndGovernmentsPlaceNoIncident() {
        String text = "Sources in Jalingo said the raid on Ibi killed five.\n"
                + "The market was as crowded as a place like Lagos.\n"
                + "Troops went into Colombia, and Colombia has repeatedly denied it.";
        Map<String, String> ner = Map.of("Jalingo", "LOCATION", "Ibi", "LOCATION", "Lagos", "LOCATION",
                "Colombia", "LOCATION");
        AnnotatedText at = Fixtures.annotate(text, ner);
        GazetteerGeoparser g = new GazetteerGeoparser(gazetteer);
        List<Place> places = g.geoparse(at);
        Map<Span, MentionRole> roles = g.roles(at, places);
        int colombia = text.lastIndexOf("Colombia");
        assertEquals(Map.of(Span.of(text, 11, 18), MentionRole.SOURCE,
                Span.of(text, text.indexOf("Lagos"), text.indexOf("Lagos") + 5), MentionRole.COMPARISON,
                Span.of(text, colombia, colombia + 8), MentionRole.GOVERNMENT), roles);
        assertTrue(places.stream().anyMatch(p -> p.name().equals("Ibi")));
    }
}
