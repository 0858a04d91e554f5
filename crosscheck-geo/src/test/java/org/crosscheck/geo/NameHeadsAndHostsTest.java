package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Place;
import org.crosscheck.text.AnnotatedText;
import org.junit.jupiter.api.Test;

/**
 * The head of a name the gazetteer lacks is the kind of thing it is, not its place; a place the text puts another
 * inside is read as the one that holds it. On the conflict fixture, where Kano is a city and a state, Delta a
 * Nigerian state and Rano a town of Kano state 50 km from the city.
 */
class NameHeadsAndHostsTest extends ConflictGazetteerTest {
    private Map<String, Place> places(String text, Map<String, String> ner) {
        AnnotatedText at = Fixtures.annotate(text, ner);
        Map<String, Place> out = new HashMap<>();
        for (Place p : new GazetteerGeoparser(gazetteer).geoparse(at)) {
            out.putIfAbsent(p.mentions().get(0).text(), p);
        }
        return out;
    }

    @Test
    void aProvinceNamedByTheHeadOfAnUnknownNameIsNotItsPlace() {
        String text = "Floods reached the Nile Delta on Monday.";
        Map<String, String> ner = Map.of("Nile Delta", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Nile Delta");
        Place delta = places(text, ner).get("Nile Delta");
        assertNotEquals("Delta", delta == null ? null : delta.admin1(), "not Nigeria's Delta state");
    }

    @Test
    void aTownAtTheHeadOfAnUnknownNameStillLocatesIt() {
        String text = "Guests left the Meridien Kano hotel on Monday.";
        Map<String, String> ner = Map.of("Meridien Kano", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Meridien Kano");
        assertEquals(2335204L, places(text, ner).get("Meridien Kano").geonamesId(), "the city of Kano");
    }

    @Test
    void aHostIsTheStateThatHoldsItsGuestNotTheCityOfTheSameName() {
        String text = "Gunmen attacked Rano, Kano on Friday.\nTraders in Kano closed their shops.";
        Map<String, String> ner = Map.of("Rano", "LOCATION", "Kano", "LOCATION");
        Map<String, String> pos = Map.of("on", "IN", "in", "IN");
        TaggedText t = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK)
                .tag(Fixtures.annotate(text, ner, pos));
        Fixtures.assertToponyms(text, t, "Rano", "Kano", "Kano");
        List<Toponym> ts = t.toponyms();
        assertEquals(ts.get(1).start(), ts.get(0).enclosingStart());
        List<Place> ps = new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner, pos));
        Place rano = ps.stream().filter(p -> p.mentions().get(0).text().equals("Rano")).findFirst().orElseThrow();
        assertEquals("NG", rano.country());
        assertEquals(1, rano.precision(), "the town itself, inside the state");
        Place state = ps.stream().filter(p -> p.mentions().stream().anyMatch(m -> m.start() == ts.get(1).start()))
                .findFirst().orElseThrow();
        assertEquals(3, state.precision(), "Kano state, not the city");
        Place city = ps.stream().filter(p -> p.mentions().stream().anyMatch(m -> m.start() == ts.get(2).start()))
                .findFirst().orElseThrow();
        assertEquals(2335204L, city.geonamesId(), "\"Kano\" alone is still the city");
    }
}
