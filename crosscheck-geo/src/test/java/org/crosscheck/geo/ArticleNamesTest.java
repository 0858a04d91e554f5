package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Place;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

/**
 * A name written after its Arabic article in lower case ("al-Qaim", "el-Fasher") is a capitalised name to the
 * tagger: a place after a locative when the gazetteer knows it, as "Al Qaim" would be.
 */
class ArticleNamesTest extends ConflictGazetteerTest {
    @Test
    void aLowerCaseArticleAndHyphenBeforeACapitalIsAName() {
        assertTrue(Names.articleThenName("al-Qaim"));
        assertTrue(Names.articleThenName("ash-Shura"));
        assertFalse(Names.articleThenName("al-qaim"), "no capital after the hyphen");
        assertFalse(Names.articleThenName("pro-Iranian"), "no article before the hyphen");
        assertFalse(Names.articleThenName("al"));
    }

    /** One sentence of hand-built tokens, one per space-separated word, as CoreNLP keeps "al-Qaim" whole. */
    private static AnnotatedText tokens(String text, String... pos) {
        List<Token> ts = new ArrayList<>();
        int from = 0;
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            int start = text.indexOf(words[i], from);
            ts.add(new Token(i, words[i], start, start + words[i].length(), pos[i], words[i], Token.NO_ENTITY, null));
            from = start + words[i].length();
        }
        return new AnnotatedText(text, null, List.of(new Sentence(0, 0, text.length(), ts)));
    }

    @Test
    void aTownAfterALocativeIsTaggedWithItsArticle() {
        String text = "Shelling hit homes in al-Qaim overnight .";
        AnnotatedText at = tokens(text, "NN", "VBD", "NNS", "IN", "NNP", "RB", ".");
        TaggedText t = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK).tag(at);
        Fixtures.assertToponyms(text, t, "al-Qaim");
        List<Place> ps = new GazetteerGeoparser(gazetteer).geoparse(at);
        assertEquals("IQ", ps.get(0).country());
    }
}
