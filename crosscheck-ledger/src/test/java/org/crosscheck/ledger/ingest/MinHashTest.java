package org.crosscheck.ledger.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String STORY = "Federal warplanes bombed the Kerenga refugee camp in Lakeland state on Thursday, "
            + "killing at least 12 people, a local official said. The army denied it. Aid workers said bombs fell "
            + "near a school where children were in class, and that the camp holds more than 20,000 refugees who fled "
            + "fighting in the Eastern Hills across the border.";

    @Test
    void aWireCopyWithAnotherDatelineIsSimilar() {
        String copy = "JUBA (Reuters) - " + STORY + " Editing by a desk editor.";
        double s = MinHash.similarity(MinHash.signature(STORY), MinHash.signature(copy));
        assertTrue(s >= Copies.DUPLICATE_SIMILARITY, "similarity " + s);
    }

    @Test
    void anotherStoryIsNot() {
        String other = "Russian strikes hit cities across Ukraine overnight, officials said, killing eight people "
                + "and damaging power stations ahead of talks between envoys in Geneva later this week.";
        double s = MinHash.similarity(MinHash.signature(STORY), MinHash.signature(other));
        assertTrue(s < 0.2, "similarity " + s);
    }
}
