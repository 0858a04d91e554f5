package org.crosscheck.text;

import java.util.Objects;

/**
 * One token of an analysed text: its word, UTF-16 offsets into the text, part of speech, lemma, named-entity
 * label ({@code "O"} for none) and the normalised value of a number, date or time ({@code null} otherwise).
 * Immutable.
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner,
                    String normalized) {
    public static final String NO_ENTITY = "O";

    public Token {
        Objects.requireNonNull(word, "word");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
        }
        pos = pos == null ? "" : pos;
        lemma = lemma == null ? word : lemma;
        ner = ner == null ? NO_ENTITY : ner;
    }

    public boolean isEntity() {
        return !NO_ENTITY.equals(ner);
    }
}
