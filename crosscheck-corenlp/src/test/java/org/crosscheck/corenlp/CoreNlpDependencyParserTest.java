package org.crosscheck.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.HandBuilt;
import org.crosscheck.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser on hand-tagged tokens: it loads only the dependency model and keeps the given tags. */
class CoreNlpDependencyParserTest {
    private static CoreNlpDependencyParser parser;

    @BeforeAll
    static void load() {
        parser = new CoreNlpDependencyParser();
    }

    private static final HandBuilt LEFT_DEAD = HandBuilt.sentence("The ambush left four porters dead .")
            .tags("DT NN VBD CD NNS JJ .").lemmas("the ambush leave four porter dead .");
    private static final HandBuilt PASSIVE = HandBuilt.sentence("Two medics were killed and three were hurt .")
            .tags("CD NNS VBD VBN CC CD VBD VBN .").lemmas("two medic be kill and three be hurt .");

    @Test
    void parsesOnlyTheChosenSentences() {
        AnnotatedText text = HandBuilt.text(LocalDate.of(2023, 6, 1), LEFT_DEAD, PASSIVE);
        AnnotatedText parsed = parser.parse(text, i -> i == 1);
        assertFalse(parsed.sentences().get(0).isParsed());
        Sentence s = parsed.sentences().get(1);
        assertTrue(s.isParsed());
        assertTrue(s.dependencies().contains(new Dependency(3, 1, "nsubj:pass")), s.dependencies().toString());
        // enhanced++: the conjunction is named and the second clause hangs on the first
        assertTrue(s.dependencies().contains(new Dependency(3, 7, "conj:and")), s.dependencies().toString());
        assertEquals(text.sentences().get(1).tokens(), s.tokens(), "the tokens and tags are kept");
        assertEquals(text.text(), parsed.text());
    }

    @Test
    void readsASmallClauseAfterLeave() {
        Sentence s = parser.parse(LEFT_DEAD.text(), i -> true).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency(Dependency.ROOT, 2, "root")), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency(4, 3, "nummod")), s.dependencies().toString());
        assertTrue(s.governorsOf(4).stream().anyMatch(d -> d.governor() == 2), s.dependencies().toString());
    }

    @Test
    void nothingChosenIsTheSameText() {
        AnnotatedText text = PASSIVE.text();
        assertSame(text, parser.parse(text, i -> false));
    }
}
