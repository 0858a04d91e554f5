package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Names whose kind the words around them decide: a division the NER calls an organisation, a place in apposition to
 * a place noun, a person's name after a title, a building under GeoWebNews' policy. Offsets checked.
 */
class NamesInContextTest extends ConflictGazetteerTest {
    @Test
    void aDivisionTheNerCallsAnOrganisationIsAPlaceButIslamicStateIsNot() {
        String text = "Islamic State fighters crossed into Taraba State and attacked Ibi.";
        Map<String, String> ner = Map.of("Islamic State", "ORGANIZATION", "Taraba State", "ORGANIZATION",
                "Ibi", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Taraba State", "Ibi");
    }

    @Test
    void aNameInAppositionToAPlaceNounIsAPlaceThoughTheNerSaysPerson() {
        String text = "Troops entered the state's largest city, Jalingo, on Monday.\n"
                + "It is a dangerous area, Kano told reporters.";
        Map<String, String> ner = Map.of("Jalingo", "PERSON", "Kano", "PERSON");
        // The second is no apposition: the name is the subject of the next verb.
        Fixtures.assertToponyms(text, tag(text, ner), "Jalingo");
    }

    @Test
    void theLastWordOfATitledNameIsThePersonEvenWhereATownBearsIt() {
        String text = "The front's Vice Chairman Sani Bannu said troops shelled Kano.\n"
                + "\"They came at night,\" Sani Bannu says.";
        Map<String, String> ner = Map.of("Bannu", "LOCATION", "Kano", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Kano");
    }

    @Test
    void aTitledNameGoesOnPastALowerCaseParticle() {
        String text = "The cleric Musa al-Tarnak was arrested in Osogbo.";
        Map<String, String> ner = Map.of("Musa al-Tarnak", "LOCATION", "Osogbo", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Osogbo");
    }

    @Test
    void underGeoWebNewsABuildingIsOneToponymAndOtherOrganisationsKeepTheirPlaces() {
        String text = "Researchers at Kano State University and the University of Osun met the Taraba Chamber of "
                + "Commerce.";
        Map<String, String> ner = Map.of("Kano", "STATE_OR_PROVINCE", "State University", "ORGANIZATION",
                "University of Osun", "ORGANIZATION", "Taraba Chamber of Commerce", "ORGANIZATION");
        TaggedText tagged = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.GEOWEBNEWS)
                .tag(Fixtures.annotate(text, ner));
        Fixtures.assertToponyms(text, tagged, "Kano State University", "University of Osun", "Taraba");
        // The codebook keeps the place a building borrows its name from as context only.
        Fixtures.assertToponyms(text, tag(text, ner));
    }

    @Test
    void aNameTheTextGivesAnOrganisationByANounIsNoPlaceAnywhere() {
        String text = "\"Raids are rising,\" said an analyst at the Lagos-based security firm VERITAS.\n"
                + "Analysts from VERITAS expect more raids near Jalingo.";
        Map<String, String> ner = Map.of("VERITAS", "LOCATION", "Jalingo", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Jalingo");
    }

    @Test
    void aDistrictOfATownStaysInsideTheTownNotAtANamesakeAbroad() {
        // Toledo is a town in Colombia and Spain; here it is a quarter of the Pakistani town the text names.
        String text = "Shells fell on Bannu's Toledo district on Monday.";
        Map<String, String> ner = Map.of("Bannu", "LOCATION", "Toledo", "LOCATION");
        List<Place> places = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner));
        Place quarter = places.stream().filter(p -> p.aliases().contains("Toledo district")).findFirst().orElseThrow();
        assertEquals("PK", quarter.country());
    }

    @Test
    void aDivisionsAdjectiveAfterATownTheNerMissedMakesItAPlace() {
        String text = "Gunmen burned the Ibi regional office and the Ede party office.";
        // "Ede" before "party" stays untagged: no locative word, no division word.
        Fixtures.assertToponyms(text, tag(text, Map.of()), "Ibi");
    }
}
