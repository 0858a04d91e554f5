package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Tokens of a text without an NLP pipeline, one sentence per line: words (a possessive "'s" apart, as CoreNLP
 * splits it; other apostrophes inside, "Ma'arrat"; dotted initials whole, "U.S."), and each other
 * character on its own. No part of speech and no entity labels. Stateless, thread-safe.
 */
public final class PlainTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "['’]s\\b|(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:['’](?!s\\b)[\\p{L}]+)?|[^\\s\\p{L}\\p{N}]");

    private PlainTokens() {
    }

    /** The sentences (lines) of {@code text} with their tokens, labelled as {@code label} would say. */
    public static List<Sentence> sentences(String text, Labeller label) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(line);
            while (m.find()) {
                int start = lineStart + m.start();
                int end = lineStart + m.end();
                tokens.add(new Token(tokens.size(), m.group(), start, end, label.pos(m.group()), m.group(),
                        label.ner(start, end), null));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), lineStart, lineStart + line.length(), tokens));
            }
            lineStart += line.length() + 1;
        }
        return sentences;
    }

    /** Part of speech and entity label for a token; the default says nothing ("" and "O"). */
    public interface Labeller {
        default String pos(String word) {
            return "";
        }

        default String ner(int start, int end) {
            return Token.NO_ENTITY;
        }
    }
}
