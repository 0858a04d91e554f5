package org.crosscheck.text;

import java.util.List;

/** A sentence: its offsets in the text and its tokens, in order. Immutable. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
        tokens = List.copyOf(tokens);
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
