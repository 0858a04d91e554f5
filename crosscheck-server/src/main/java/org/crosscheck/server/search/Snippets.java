package org.crosscheck.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Search snippets as plain text with the matched stretches as offsets (never markup: the client marks them with
 * DOM nodes). Stateless, hence thread-safe.
 */
final class Snippets {
    record Snippet(String text, List<Searcher.Mark> marks) {
    }

    private Snippets() {
    }

    /** The words of a query as the index analysed them (operators and quotes dropped). */
    static List<String> terms(Analyzer analyzer, String query) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("text", query.replaceAll("[\"+|\\-*~()]", " "))) {
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

    /** A window of about {@code width} characters around the first match, with every match in it. */
    static Snippet snippet(String text, List<String> terms, int width) {
        if (text == null) {
            return new Snippet("", List.of());
        }
        List<int[]> all = new ArrayList<>();
        if (!terms.isEmpty()) {
            StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < terms.size(); i++) {
                re.append(i == 0 ? "" : "|").append(Pattern.quote(terms.get(i)));
            }
            re.append(")(?![\\p{L}\\p{N}])");
            Matcher m = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text.toLowerCase(Locale.ROOT).length() == text.length() ? text : text);
            while (m.find()) {
                all.add(new int[] {m.start(), m.end()});
            }
        }
        int from = all.isEmpty() ? 0 : Math.max(0, all.get(0)[0] - width / 3);
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
        for (int[] m : all) {
            if (m[0] >= from && m[1] <= to) {
                marks.add(new Searcher.Mark(m[0] - from + prefix.length(), m[1] - from + prefix.length()));
            }
        }
        return new Snippet(prefix + text.substring(from, to) + suffix, marks);
    }
}
