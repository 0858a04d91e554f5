package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandBuiltTest {
    @Test
    void offsetsFollowThePrintedText() {
        AnnotatedText t = HandBuilt.sentence("Two guards ( both unarmed ) were shot , police said .").text();
        assertEquals("Two guards (both unarmed) were shot, police said.", t.text());
        for (Token tok : t.tokens()) {
            assertEquals(tok.word(), t.text().substring(tok.start(), tok.end()));
        }
    }

    @Test
    void arcsAreCheckedAgainstTheTokens() {
        Sentence s = HandBuilt.sentence("Three were hurt .")
                .deps("nsubj:pass(hurt-3, Three-1) aux:pass(hurt-3, were-2) root(ROOT-0, hurt-3)"
                        + " punct(hurt-3, .-4)")
                .build();
        assertTrue(s.isParsed());
        assertEquals(List.of(new Dependency(Dependency.ROOT, 2, "root")), s.governorsOf(2));
        assertEquals(3, s.dependentsOf(2).size());
        assertThrows(IllegalArgumentException.class, () -> HandBuilt.sentence("Three were hurt")
                .deps("nsubj(hurt-2, Three-1)"));
        assertThrows(IllegalArgumentException.class, () -> HandBuilt.sentence("Three were hurt")
                .tags("CD VBD"));
    }

    @Test
    void sentencesOfATextFollowEachOther() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 1, 2), HandBuilt.sentence("One died ."),
                HandBuilt.sentence("Two fled ."));
        assertEquals("One died. Two fled.", t.text());
        Sentence second = t.sentences().get(1);
        assertEquals(1, second.index());
        assertEquals("Two", t.text().substring(second.tokens().get(0).start(), second.tokens().get(0).end()));
        assertEquals(t.text().length(), second.end());
    }
}
