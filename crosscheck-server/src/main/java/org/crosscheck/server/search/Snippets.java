package org.crosscheck.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Search snippets as plain text with the matched stretches as offsets (never markup: the client marks them with
 * DOM nodes). The work is bounded whatever the length of the text: the window is placed at the first match the
 * index reports (or at the first match within {@link #MAX_SCAN} characters), and only the window is read. Bidi
 * controls in the window are shown as U+FFFD, so that report text cannot reverse the snippet on screen.
 * Stateless, hence thread-safe.
 */
final class Snippets {
    /** How far into a text a snippet looks for a match when the index gave no offset. */
    static final int MAX_SCAN = 4_000;
    static final int WIDTH = 240;

    record Snippet(String text, List<Searcher.Mark> marks) {
    }

    private Snippets() {
    }

    /** The words of a query as the index analysed them (operators and quotes dropped). */
    static List<String> terms(Analyzer analyzer, String query) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, query.replaceAll("[\"+|\\-*~()]", " "))) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    /** A pattern for any of the words, as whole words, case-insensitively; null for none. */
    static Pattern pattern(List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < terms.size(); i++) {
            re.append(i == 0 ? "" : "|").append(Pattern.quote(terms.get(i)));
        }
        re.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A window of about {@code width} characters with every match in it.
     *
     * @param firstMatch where the first match starts, as the index knows it, or -1 to look for it
     */
    static Snippet snippet(CharSequence text, int firstMatch, Pattern words, int width) {
        if (text == null) {
            return new Snippet("", List.of());
        }
        int start = firstMatch >= 0 && firstMatch < text.length() ? firstMatch : scan(text, words);
        int from = Math.max(0, start - width / 3);
        int to = Math.min(text.length(), from + width);
        // Do not cut a surrogate pair in half.
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        String prefix = from > 0 ? "…" : "";
        String suffix = to < text.length() ? "…" : "";
        List<Searcher.Mark> marks = new ArrayList<>();
        if (words != null) {
            Matcher m = words.matcher(text).region(from, to).useTransparentBounds(true);
            while (m.find()) {
                marks.add(new Searcher.Mark(m.start() - from + prefix.length(), m.end() - from + prefix.length()));
            }
        }
        return new Snippet(prefix + shown(text.subSequence(from, to)) + suffix, marks);
    }

    /** Where the first match within {@link #MAX_SCAN} characters starts, or 0. */
    private static int scan(CharSequence text, Pattern words) {
        if (words == null) {
            return 0;
        }
        Matcher m = words.matcher(text).region(0, Math.min(text.length(), MAX_SCAN)).useTransparentBounds(true);
        return m.find() ? m.start() : 0;
    }

    /** The text with each bidi control (embeddings, overrides, isolates, marks) as U+FFFD, offsets unchanged. */
    static String shown(CharSequence s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            if (bidiControl(b.charAt(i))) {
                b.setCharAt(i, '\uFFFD');
            }
        }
        return b.toString();
    }

    static boolean bidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
