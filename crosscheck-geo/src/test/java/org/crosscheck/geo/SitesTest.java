package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Place;
import org.junit.jupiter.api.Test;

/** Named sites (codebook, "Sites"): places of their own inside their town, with their own names only. */
class SitesTest extends FixtureGazetteerTest {
    private static final Map<String, String> NER = Map.of("Quetta", "LOCATION", "Ali Khan", "PERSON",
            "Red Cross", "ORGANIZATION");

    private TaggedText tag(String text, TaggingPolicy policy) {
        return new NerGazetteerGeotagger(gazetteer, policy).tag(Fixtures.annotate(text, NER));
    }

    @Test
    void aSchoolOrMosqueWithANameOfItsOwnIsASite() {
        String text = "Gunmen attacked the Al-Noor girls school in Quetta.\nThe Omari mosque was damaged.\n"
                + "Ras Ghar, a primary school, was shelled.";
        TaggedText t = tag(text, TaggingPolicy.CODEBOOK);
        Fixtures.assertToponyms(text, t, "Al-Noor girls school", "Quetta", "Omari mosque", "Ras Ghar");
        assertTrue(t.toponyms().get(0).has(Toponym.Cue.SITE));
        assertEquals("Al-Noor", t.toponyms().get(0).name());
        // The site lies in the town the text puts it in.
        assertEquals(text.indexOf("Quetta"), t.toponyms().get(0).enclosingStart());
        List<Place> ps = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, NER));
        Place school = ps.get(0);
        assertEquals("Al-Noor girls school", school.name());
        assertEquals(List.of("Al-Noor girls school", "Al-Noor"), school.aliases());
        assertNull(school.geonamesId());
        assertEquals(30.18414, school.lat(), 0.01);
        assertEquals(ps.get(1).id(), school.within());
        // GeoWebNews counts no sites.
        Fixtures.assertToponyms(text, tag(text, TaggingPolicy.GEOWEBNEWS), "Quetta");
    }

    @Test
    void aTownsNameAnAcronymAnOrganisationOrAPersonMakesNoSite() {
        String text = "The wounded reached a Quetta hospital.\nThe UN school and the Red Cross clinic closed.\n"
                + "Ali Khan, a school teacher, and the United Nations-run school in Quetta were named.";
        Fixtures.assertToponyms(text, tag(text, TaggingPolicy.CODEBOOK), "Quetta", "Quetta");
    }
}
