package org.crosscheck.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

/** Snippets: marks as offsets into the snippet, a bounded window, no bidi controls. */
class SnippetsTest {
    /** A text that remembers which characters were read, and refuses to be read whole. */
    static final class WatchedText implements CharSequence {
        final String text;
        int lowest = Integer.MAX_VALUE;
        int highest = -1;

        WatchedText(String text) {
            this.text = text;
        }

        private void saw(int i) {
            lowest = Math.min(lowest, i);
            highest = Math.max(highest, i);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int i) {
            saw(i);
            return text.charAt(i);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            saw(start);
            saw(end - 1);
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            throw new AssertionError("the whole text was read");
        }
    }

    static void assertMarks(Snippets.Snippet s, String... marked) {
        assertEquals(marked.length, s.marks().size(), s.toString());
        for (int i = 0; i < marked.length; i++) {
            Searcher.Mark m = s.marks().get(i);
            assertEquals(marked[i], s.text().substring(m.start(), m.end()), s.text());
        }
    }

    @Test
    void marksAreOffsetsIntoTheSnippet() {
        Snippets.Snippet s = Snippets.snippet("Shells hit the market; the market burned.", -1,
                Snippets.pattern(List.of("market")), 240);
        assertEquals("Shells hit the market; the market burned.", s.text());
        assertMarks(s, "market", "market");
        assertEquals(15, s.marks().get(0).start());
        // Whole words only.
        assertMarks(Snippets.snippet("supermarkets and markets", -1, Snippets.pattern(List.of("market")), 240));
    }

    @Test
    void aMatchDeepInALongTextIsShownAndOnlyItsWindowIsRead() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 500_000) {
            b.append("Nothing of note happened in the hills that week. ");
        }
        int at = b.length();
        b.append("Then a convoy was ambushed near the river crossing. ");
        b.append("The hills were quiet again. ".repeat(100));
        WatchedText text = new WatchedText(b.toString());
        Snippets.Snippet s = Snippets.snippet(text, at + 7, Snippets.pattern(List.of("convoy")), 240);
        assertTrue(s.text().startsWith("…") && s.text().endsWith("…"), s.text());
        assertMarks(s, "convoy");
        assertTrue(text.lowest >= at + 7 - 240 && text.highest <= at + 7 + 240,
                "read " + text.lowest + ".." + text.highest + " of " + text.length());
    }

    @Test
    void withoutAnOffsetTheSearchForAMatchStopsEarly() {
        WatchedText text = new WatchedText("filler ".repeat(100_000) + "convoy");
        Snippets.Snippet s = Snippets.snippet(text, -1, Snippets.pattern(List.of("convoy")), 240);
        assertTrue(text.highest <= Snippets.MAX_SCAN + 240, "read up to " + text.highest);
        assertTrue(s.text().startsWith("filler"), s.text());
        assertMarks(s);
    }

    @Test
    void bidiControlsAreShownAsReplacementCharactersWithOffsetsKept() {
        String body = "Officials said \u202Egnp.exe\u202C was found, and \u2067isolated\u2069 words \u200Fhere.";
        Snippets.Snippet s = Snippets.snippet(body, -1, Snippets.pattern(List.of("found", "words")), 240);
        assertEquals(body.length(), s.text().length());
        assertFalse(s.text().chars().anyMatch(c -> Snippets.bidiControl((char) c)), s.text());
        assertEquals("Officials said \uFFFDgnp.exe\uFFFD was found, and \uFFFDisolated\uFFFD words \uFFFDhere.",
                s.text());
        assertMarks(s, "found", "words");
    }

    @Test
    void surrogatePairsAreNotCut() {
        String body = "\uD83D\uDE00".repeat(300) + " convoy " + "\uD83D\uDE00".repeat(300);
        Snippets.Snippet s = Snippets.snippet(body, 601, Snippets.pattern(List.of("convoy")), 101);
        String inner = s.text().substring(1, s.text().length() - 1);
        assertFalse(Character.isLowSurrogate(inner.charAt(0)), inner);
        assertFalse(Character.isHighSurrogate(inner.charAt(inner.length() - 1)), inner);
        assertMarks(s, "convoy");
    }

    @Test
    void termsAreTheAnalysedWordsWithoutOperators() {
        assertEquals(List.of("market", "shells", "kill"), Snippets.terms(new StandardAnalyzer(),
                "\"Market shells\" -kill* ~"));
        assertNull(Snippets.pattern(List.of()));
        // Words are matched literally.
        assertTrue(Snippets.pattern(List.of("a.b")).matcher("a.b").matches());
        assertFalse(Snippets.pattern(List.of("a.b")).matcher("axb").matches());
    }
}
