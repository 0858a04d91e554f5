package org.crosscheck.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Builds an {@link AnnotatedText} by hand: tokens as CoreNLP splits them for the constructions under test, and
 * the entity labels and normalised values the real analyzer gave them (checked with CoreNlpAnalyzer 4.5.10).
 * A sentence ends at a full stop, question or exclamation mark followed by a capital or the end.
 */
final class Fixture {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,2}:\\d{2}|[ap]\\.m\\.|'s\\b|\\d+-year-old|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|\\S");

    private final String text;
    private final LocalDate anchor;
    private final List<int[]> spans = new ArrayList<>();
    private final List<String[]> labels = new ArrayList<>();
    private int cursor;

    private Fixture(String text, LocalDate anchor) {
        this.text = text;
        this.anchor = anchor;
    }

    static Fixture of(String text, LocalDate anchor) {
        return new Fixture(text, anchor);
    }

    /** Labels the tokens of the next occurrence of {@code words} (after the previous one tagged). */
    Fixture tag(String words, String ner, String normalized) {
        int at = text.indexOf(words, cursor);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' not in the text after " + cursor);
        }
        spans.add(new int[] {at, at + words.length()});
        labels.add(new String[] {ner, normalized});
        cursor = at + words.length();
        return this;
    }

    AnnotatedText build() {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        List<int[]> offsets = new ArrayList<>();
        while (m.find()) {
            offsets.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < offsets.size(); i++) {
            int s = offsets.get(i)[0];
            int e = offsets.get(i)[1];
            String word = text.substring(s, e);
            String ner = Token.NO_ENTITY;
            String value = null;
            for (int k = 0; k < spans.size(); k++) {
                if (spans.get(k)[0] <= s && e <= spans.get(k)[1]) {
                    ner = labels.get(k)[0];
                    value = labels.get(k)[1];
                }
            }
            current.add(new Token(current.size(), word, s, e, "", word.toLowerCase(), ner, value));
            boolean last = i + 1 == offsets.size();
            boolean stop = word.matches("[.!?]") && (last
                    || Character.isUpperCase(text.charAt(offsets.get(i + 1)[0]))
                    || text.charAt(offsets.get(i + 1)[0]) == '"');
            if (stop || last) {
                sentences.add(new Sentence(sentences.size(), current.get(0).start(),
                        current.get(current.size() - 1).end(), current));
                current = new ArrayList<>();
            }
        }
        return new AnnotatedText(text, anchor, sentences);
    }
}
