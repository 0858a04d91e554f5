package org.crosscheck.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.EntityMention;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnalyzerTest {
    private static CoreNlpAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new CoreNlpAnalyzer();
    }

    @Test
    void tokenOffsetsQuoteTheTextIncludingNonAsciiCharacters() {
        String text = "The army’s spokesman said “12 people” died in Kabul on Monday.\nSecond line without stop";
        AnnotatedText at = analyzer.analyze(text, LocalDate.of(2024, 5, 8));
        for (Token t : at.tokens()) {
            assertEquals(t.word(), text.substring(t.start(), t.end()));
        }
        assertEquals(2, at.sentences().size(), "a newline ends a sentence");
        assertEquals("Second", at.sentences().get(1).tokens().get(0).word());
    }

    @Test
    void resolvesRelativeDatesAgainstTheAnchor() {
        String text = "Gunmen attacked a convoy in Kabul on Monday, officials said.";
        AnnotatedText at = analyzer.analyze(text, LocalDate.of(2024, 5, 8));
        List<EntityMention> dates = at.mentions().stream().filter(m -> m.label().equals("DATE")).toList();
        assertEquals(1, dates.size());
        assertEquals("Monday", dates.get(0).text());
        assertEquals(text.indexOf("Monday"), dates.get(0).start());
        assertEquals("2024-05-06", dates.get(0).normalized());
        assertTrue(at.mentions().stream().anyMatch(m -> m.label().equals("LOCATION") && m.text().equals("Kabul")));
    }

    @Test
    void normalisesNumberWords() {
        String text = "Twelve soldiers and 3 civilians were killed.";
        AnnotatedText at = analyzer.analyze(text, null);
        List<EntityMention> numbers = at.mentions().stream().filter(m -> m.label().equals("NUMBER")).toList();
        assertEquals(List.of("Twelve", "3"), numbers.stream().map(EntityMention::text).toList());
        assertEquals("12.0", numbers.get(0).normalized());
    }

    /** Issue 14: a 60,000-character token once filled a 3 GB heap in the NER feature factory. */
    @Test
    void aGiantWordIsSkippedAndTheRestAnalysed() {
        String text = "z".repeat(60_000) + "\nTwo soldiers were killed in Herat on Monday.";
        AnnotatedText at = analyzer.analyze(text, LocalDate.of(2024, 5, 8));
        assertTrue(at.tokens().stream().allMatch(t -> t.end() - t.start() <= InputLimits.MAX_TOKEN_CHARS));
        assertEquals("Two", at.tokens().get(0).word());
        assertEquals(text.indexOf("Two"), at.tokens().get(0).start());
        assertTrue(at.mentions().stream().anyMatch(m -> m.label().equals("DATE") && m.text().equals("Monday")));
    }

    /** Issue 14: a sentence of thousands of tokens (nested brackets, a list, no full stop) is cut, not tagged whole. */
    @Test
    void aSentenceOfThousandsOfTokensIsCutIntoBoundedPieces() {
        String text = "(word ".repeat(2_000) + ")".repeat(2_000) + " Five people died on Friday.";
        AnnotatedText at = analyzer.analyze(text, LocalDate.of(2024, 5, 8));
        assertTrue(at.sentences().size() > 2_000 / InputLimits.MAX_SENTENCE_TOKENS);
        int previousEnd = -1;
        for (var s : at.sentences()) {
            assertTrue(s.tokens().size() <= InputLimits.MAX_SENTENCE_TOKENS, "sentence " + s.index());
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()));
                assertTrue(t.start() >= previousEnd, "tokens in order");
                previousEnd = t.end();
            }
        }
        assertTrue(at.mentions().stream().anyMatch(m -> m.label().equals("DATE") && m.text().equals("Friday")));
    }
}
