package org.crosscheck.extract;

import org.crosscheck.model.Span;

/**
 * Offset assertions in the spirit of Lucene's {@code assertAnalyzesTo}: a span must quote the body at exactly
 * the place the expected words stand, not merely hold the same text.
 */
public final class Offsets {
    private Offsets() {
    }

    /** Asserts that {@code span} quotes {@code body} where {@code expected} first occurs. */
    public static void assertQuotes(String body, String expected, Span span) {
        assertQuotes(body, expected, 1, span);
    }

    /** Asserts that {@code span} quotes {@code body} where {@code expected} occurs for the {@code nth} time. */
    public static void assertQuotes(String body, String expected, int nth, Span span) {
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = body.indexOf(expected, at + 1);
            if (at < 0) {
                throw new AssertionError("the body holds '" + expected + "' fewer than " + nth + " times");
            }
        }
        Span want = new Span(at, at + expected.length(), expected);
        if (!want.equals(span)) {
            throw new AssertionError("expected " + want + " but was " + span);
        }
        if (!body.substring(span.start(), span.end()).equals(span.text())) {
            throw new AssertionError("the span's text is not the body's at its offsets: " + span);
        }
    }
}
