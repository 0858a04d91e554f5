package org.crosscheck.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Count;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

/** Quantity phrases, read from tokens built by hand. */
class QuantityReaderTest {
    private final QuantityReader reader = new QuantityReader();

    /** Tokens of a space-separated phrase; the number to read is the token at {@code at}. */
    private QuantityReader.Quantity read(String phrase, int at) {
        return maybe(phrase, at).orElseThrow();
    }

    private Optional<QuantityReader.Quantity> maybe(String phrase, int at) {
        List<Token> ts = new ArrayList<>();
        int offset = 0;
        for (String w : phrase.split(" ")) {
            ts.add(new Token(ts.size(), w, offset, offset + w.length(), "CD", w, "O", null));
            offset += w.length() + 1;
        }
        return reader.numberAt(ts, at).or(() -> reader.vagueAt(ts, at));
    }

    private static void assertCount(Integer low, Integer high, QuantityReader.Quantity q) {
        Count c = q.count();
        assertEquals(low, c.low(), "low");
        assertEquals(high, c.high(), "high");
    }

    @Test
    void qualifiersSetTheBounds() {
        assertCount(25, null, read("at least 25 soldiers", 2));
        assertCount(101, null, read("over 100 fighters", 1));
        assertCount(3001, null, read("more than 3,000 soldiers", 2));
        assertCount(null, 12, read("up to twelve bodies", 2));
        assertCount(18, 18, read("all 18 soldiers", 1));
        assertCount(30, 30, read("some 30 people", 1));
        assertCount(null, 9, read("fewer than 10 people", 2));
    }

    @Test
    void theQualifierBelongsToTheQuantitysTokens() {
        QuantityReader.Quantity q = read("killed at least 25 soldiers", 3);
        assertEquals(1, q.first());
        assertEquals(3, q.last());
    }

    @Test
    void numberWords() {
        assertCount(25, 25, read("twenty-five soldiers", 0));
        assertCount(100, 100, read("a hundred jihadists", 0));
        assertCount(12, 12, read("a dozen bodies", 0));
        assertCount(2500, 2500, read("2,500 people", 0));
        QuantityReader.Quantity words = read("one hundred and twenty people", 0);
        assertCount(120, 120, words);
        assertEquals(3, words.last());
    }

    @Test
    void vagueQuantities() {
        QuantityReader.Quantity q = read("dozens of soldiers", 0);
        assertTrue(q.count().vague());
        assertEquals(1, q.last(), "'of' belongs to the quantity");
    }

    @Test
    void aVagueWordBeforeANumberWordLeavesNoFigure() {
        QuantityReader.Quantity dozen = read("several dozen villagers", 1);
        assertTrue(dozen.count().vague());
        assertEquals(0, dozen.first(), "'several' belongs to the quantity");
        QuantityReader.Quantity hundred = read("a few hundred refugees", 2);
        assertTrue(hundred.count().vague());
        assertEquals(0, hundred.first(), "'a few' belongs to the quantity");
        assertCount(12, 12, read("some dozen refugees", 1));
        assertCount(12, 12, read("a dozen refugees", 0));
    }

    /** Issue 14: numbers past any count of people are refused, never wrapped or thrown on. */
    @Test
    void digitRunsPastTheBoundAreRefused() {
        assertFalse(maybe("9223372036854775808 rebels", 0).isPresent(), "2^63: past long");
        assertFalse(maybe("123456789012345678901234567890 rebels", 0).isPresent());
        assertFalse(maybe("10,000,001 people", 0).isPresent());
        assertCount(10_000_000, 10_000_000, read("10,000,000 people", 0));
        assertCount(7, 7, read("0000000000000000000000007 people", 0));
    }

    @Test
    void multipliedNumbersPastTheBoundAreRefused() {
        assertFalse(maybe("3,000 million people", 0).isPresent(), "overflowed int before");
        assertFalse(maybe("5,000 million people", 0).isPresent(), "wrapped to 705,032,704 before");
        assertFalse(maybe("ten million million people", 0).isPresent(), "wrapped to 1,316,134,912 before");
        assertFalse(maybe("a million million million people", 0).isPresent());
        assertCount(2_000_000, 2_000_000, read("2 million people", 0));
        assertCount(3_000_000, 3_000_000, read("three million people", 0));
    }

    @Test
    void negativeNumbersAreRefused() {
        assertFalse(maybe("minus 3 soldiers died", 1).isPresent());
        assertFalse(maybe("negative five soldiers", 1).isPresent());
        assertFalse(maybe("\u2212 3 soldiers", 1).isPresent());
        assertCount(3, 3, read("some 3 soldiers died", 1));
    }

    @Test
    void moreThanTheBoundIsPastIt() {
        assertFalse(maybe("more than 10,000,000 people", 2).isPresent());
        assertCount(10_000_000, null, read("more than 9,999,999 people", 2));
    }
}
