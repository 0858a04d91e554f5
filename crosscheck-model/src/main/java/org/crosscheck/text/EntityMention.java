package org.crosscheck.text;

/**
 * A run of consecutive tokens with one named-entity label ("Baloch Liberation Army" ORGANIZATION): offsets
 * into the text, the sentence it is in and its token range (inclusive, indices within the sentence). Immutable.
 */
public record EntityMention(String label, int start, int end, String text, int sentence, int firstToken,
                            int lastToken, String normalized) {
    public EntityMention {
        if (end < start || lastToken < firstToken) {
            throw new IllegalArgumentException("bad mention range");
        }
    }
}
