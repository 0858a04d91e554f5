package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Place;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;
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

    @Test
    void aShortFormAmongACitysAlternatesAbroadDoesNotOutweighTheReportsOwnCountry() {
        // GeoNames gives Chaohu (China, 138,000 people) the alternate "Ch'ao": the first syllable, not a name.
        String text = "Gunmen attacked Bannu and Chao, police in Pakistan said.";
        Map<String, String> ner = Map.of("Bannu", "LOCATION", "Chao", "LOCATION", "Pakistan", "LOCATION");
        Fixtures.assertToponyms(text, tag(text, ner), "Bannu", "Chao", "Pakistan");
        assertEquals("PK", countries(text, ner).get("Chao"), "placed at home, not at Chaohu");
        String own = "Gunmen attacked Bannu, and officials in Chaohu said nothing.";
        assertEquals("CN", countries(own, Map.of("Bannu", "LOCATION", "Chaohu", "LOCATION")).get("Chaohu"),
                "the city's own name still names it");
    }

    /** The country of each place, by the text of its first mention. */
    private Map<String, String> countries(String text, Map<String, String> ner) {
        return new GazetteerGeoparser(gazetteer).geoparse(Fixtures.annotate(text, ner)).stream()
                .collect(Collectors.toMap(p -> p.mentions().get(0).text(), Place::country));
    }

    @Test
    void namesJoinedByAHyphenAreEachAToponymUnderGeoWebNewsButNotUnderTheCodebook() {
        String text = "Envoys discussed the Pakistani-Afghan border, anti-Nigerian protests, the Kano-Osogbo road, "
                + "the Helmand-Khyber Pakhtunkhwa route, the Kano-Fooville bus and a Rolls-Royce engine.";
        AnnotatedText a = hyphenWords(Fixtures.annotate(text, Map.of()), Map.of("Pakistani-Afghan", "MISC",
                "Kano-Osogbo", "LOCATION", "Rolls-Royce", "ORGANIZATION"));
        // Each name of the word; a prefix ("anti-") and a word with a part that names nothing ("Fooville") give none.
        Fixtures.assertToponyms(text, new NerGazetteerGeotagger(gazetteer, TaggingPolicy.GEOWEBNEWS).tag(a),
                "Pakistani", "Afghan", "Nigerian", "Kano", "Osogbo", "Helmand", "Khyber Pakhtunkhwa");
        Fixtures.assertToponyms(text, new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK).tag(a),
                "Kano-Osogbo");
    }

    /** The text as CoreNLP tokenises it: a hyphenated word is one token, labelled by {@code ner}. */
    private static AnnotatedText hyphenWords(AnnotatedText text, Map<String, String> ner) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> ts = new ArrayList<>();
            for (Token t : s.tokens()) {
                Token prev = ts.isEmpty() ? null : ts.get(ts.size() - 1);
                if (prev != null && prev.end() == t.start() && (t.word().equals("-") || prev.word().endsWith("-"))) {
                    String w = text.text().substring(prev.start(), t.end());
                    ts.set(ts.size() - 1, new Token(prev.index(), w, prev.start(), t.end(), "JJ", w,
                            ner.getOrDefault(w, Token.NO_ENTITY), null));
                } else {
                    ts.add(new Token(ts.size(), t.word(), t.start(), t.end(), t.pos(), t.lemma(), t.ner(), null));
                }
            }
            out.add(new Sentence(s.index(), s.start(), s.end(), ts));
        }
        return new AnnotatedText(text.text(), null, out);
    }
}
