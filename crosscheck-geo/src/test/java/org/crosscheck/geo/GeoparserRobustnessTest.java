package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.junit.jupiter.api.Test;

/** Geotagging and resolution finish on any input: no internal error, every mention a span of the text. */
class GeoparserRobustnessTest extends FixtureGazetteerTest {
    @Test
    void anUnknownCompassPartOfADivisionIsNamedByItsMention() {
        // The alias "Zorbak region" comes from the span, not from a mention: it once had no count (an NPE).
        String text = "Shelling hit western Zorbak region on Monday.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Zorbak", "LOCATION"));
        List<Place> places = new GazetteerGeoparser(gazetteer).geoparse(at);
        Place p = places.stream().filter(x -> x.aliases().contains("western Zorbak region")).findFirst().orElseThrow();
        assertNull(p.geonamesId());
        int start = text.indexOf("western Zorbak region");
        assertEquals(new Span(start, start + 21, "western Zorbak region"), p.mentions().get(0));
        assertTrue(p.aliases().contains("Zorbak region"), p.aliases().toString());
    }

    /** Words that exercise the tagger's rules: names, division words, compass words, lists, titles, punctuation. */
    private static final String[] WORDS = {"Kalat", "Quetta", "Panjgur", "Hyderabad", "Johan", "Zorbak", "Unity",
        "South", "Sudan", "Pakistan", "Afghanistan", "district", "province", "region", "camp", "refugee", "town",
        "village", "of", "in", "near", "the", "and", ",", "(", ")", ":", "'s", "-", "western", "northern", "QUETTA",
        "Mr.", "President", "said", "attacked", "Army", "FC", "area", "tehsil", "including", "like", "airport",
        "state", "State", "Red", "Sea", "Union", "African", "Pakistani", "-run", "city", "City", "."};
    private static final String[] LABELS = {"O", "O", "O", "LOCATION", "PERSON", "ORGANIZATION", "MISC", "CITY",
        "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY", "DATE"};

    @Test
    void randomTextsNeverThrowAndEveryMentionQuotesTheText() {
        Random random = new Random(20260207L);
        ContextPlaceResolver resolver = new ContextPlaceResolver(gazetteer);
        List<Geotagger> taggers = List.of(new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK),
                new NerGazetteerGeotagger(gazetteer, TaggingPolicy.GEOWEBNEWS));
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            Map<String, String> ner = new HashMap<>();
            int lines = 1 + random.nextInt(3);
            for (int l = 0; l < lines; l++) {
                int n = random.nextInt(25);
                for (int w = 0; w < n; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    b.append(word).append(random.nextInt(5) == 0 ? "" : " ");
                    if (Character.isUpperCase(word.charAt(0))) {
                        ner.put(word, LABELS[random.nextInt(LABELS.length)]);
                    }
                }
                b.append('\n');
            }
            String text = b.toString();
            AnnotatedText at = Fixtures.annotate(text, ner);
            for (Geotagger tagger : taggers) {
                // The stages themselves, unguarded: the geoparser's guard must never be what keeps this green.
                TaggedText tagged = assertDoesNotThrow(() -> tagger.tag(at), text);
                List<Resolution> rs = assertDoesNotThrow(() -> resolver.resolve(tagged), text);
                assertEquals(tagged.toponyms().size(), rs.size());
                List<Place> places = new GazetteerGeoparser(tagger, t -> rs, gazetteer).geoparse(at);
                int mentions = 0;
                for (Place p : places) {
                    for (Span m : p.mentions()) {
                        assertEquals(text.substring(m.start(), m.end()), m.text(), text);
                        mentions++;
                    }
                }
                assertEquals(rs.size(), mentions, text);
            }
        }
    }

    @Test
    void aResolverFailureCostsTheCoordinatesNotTheReport() {
        String text = "Troops entered Kalat and Panjgur.";
        AnnotatedText at = Fixtures.annotate(text, Map.of("Kalat", "LOCATION", "Panjgur", "LOCATION"));
        PlaceResolver broken = t -> {
            throw new IllegalStateException("a bug");
        };
        List<Place> places = new GazetteerGeoparser(new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK),
                broken, gazetteer).geoparse(at);
        assertEquals(List.of("Kalat", "Panjgur"), places.stream().map(Place::name).toList());
        assertTrue(places.stream().noneMatch(Place::hasCoordinates));
    }
}
