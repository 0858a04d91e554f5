package org.crosscheck.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds on words and sentences, on hand-built tokens (no models loaded). */
class InputLimitsTest {
    @Test
    void runsOverTheLimitAreBlankedInPlace() {
        String giant = "x".repeat(InputLimits.MAX_TOKEN_CHARS + 1);
        String text = "Four died.\n" + giant + " in the south";
        String blanked = InputLimits.blankLongRuns(text);
        assertEquals(text.length(), blanked.length(), "offsets keep pointing into the body");
        assertEquals("Four died.\n" + " ".repeat(giant.length()) + " in the south", blanked);
    }

    @Test
    void runsAtTheLimitAndOrdinaryTextAreKept() {
        String text = "See " + "y".repeat(InputLimits.MAX_TOKEN_CHARS) + " and\tthe\u00a0rest.";
        assertSame(text, InputLimits.blankLongRuns(text));
    }

    @Test
    void longSentencesAreCutAtACommaPastTheMiddleOrAtTheLimit() {
        int n = 2 * InputLimits.MAX_SENTENCE_TOKENS + 30;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(i == InputLimits.MAX_SENTENCE_TOKENS - 10 ? "," : "w" + i);
        }
        Annotation doc = document(List.of(List.of("Short", "one", "."), words));
        InputLimits.splitLongSentences(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Integer> sizes = sentences.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class).size())
                .toList();
        assertEquals(List.of(3, InputLimits.MAX_SENTENCE_TOKENS - 9, InputLimits.MAX_SENTENCE_TOKENS, 39), sizes);
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        int tokenIndex = 0;
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            assertEquals(i, s.get(CoreAnnotations.SentenceIndexAnnotation.class));
            assertEquals(tokenIndex, s.get(CoreAnnotations.TokenBeginAnnotation.class));
            assertEquals(tokenIndex + tokens.size(), s.get(CoreAnnotations.TokenEndAnnotation.class));
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            assertEquals(text.substring(begin, end), s.get(CoreAnnotations.TextAnnotation.class));
            assertEquals(tokens.get(0).beginPosition(), begin);
            assertEquals(tokens.get(tokens.size() - 1).endPosition(), end);
            for (int k = 0; k < tokens.size(); k++) {
                assertEquals(k + 1, tokens.get(k).index());
                assertEquals(i, tokens.get(k).sentIndex());
                assertEquals(text.substring(tokens.get(k).beginPosition(), tokens.get(k).endPosition()),
                        tokens.get(k).word());
            }
            tokenIndex += tokens.size();
        }
        assertTrue(sentences.get(1).get(CoreAnnotations.TextAnnotation.class).endsWith(","));
    }

    /** A document as tokenize and ssplit leave it: sentences of space-separated words on one line. */
    private static Annotation document(List<List<String>> sentenceWords) {
        StringBuilder text = new StringBuilder();
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (List<String> words : sentenceWords) {
            List<CoreLabel> tokens = new ArrayList<>();
            int begin = text.length();
            for (String w : words) {
                CoreLabel t = new CoreLabel();
                t.setWord(w);
                t.setValue(w);
                t.setOriginalText(w);
                t.setBeginPosition(text.length());
                text.append(w);
                t.setEndPosition(text.length());
                text.append(' ');
                t.setIndex(tokens.size() + 1);
                t.setSentIndex(sentences.size());
                tokens.add(t);
            }
            Annotation s = new Annotation(text.substring(begin, text.length() - 1));
            s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length() - 1);
            s.set(CoreAnnotations.TokensAnnotation.class, tokens);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            s.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, sentences.size());
            sentences.add(s);
            all.addAll(tokens);
        }
        Annotation doc = new Annotation(text.toString());
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return doc;
    }
}
