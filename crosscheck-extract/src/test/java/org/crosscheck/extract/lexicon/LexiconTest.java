package org.crosscheck.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Outcome;
import org.crosscheck.text.HandBuilt;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

/** The lexicon's files load into their types, and the token tests read them. */
class LexiconTest {
    private final Lexicon lexicon = Lexicon.english();

    @Test
    void everyWordListLoadsAndHoldsWords() {
        for (WordClass c : WordClass.values()) {
            List<String> words = lexicon.list(c);
            assertFalse(words.isEmpty(), c.file());
            assertTrue(words.stream().noneMatch(String::isBlank), c.file());
        }
        assertEquals(12, lexicon.list(WordClass.MONTH_PREFIXES).size());
        assertEquals("jan", lexicon.list(WordClass.MONTH_PREFIXES).get(0), "the file's order is kept");
    }

    @Test
    void tablesAreTyped() {
        OutcomeWord deaths = lexicon.outcomeWord("deaths").orElseThrow();
        assertEquals(Outcome.KILLED, deaths.outcome());
        assertTrue(deaths.noun());
        OutcomeWord shot = lexicon.outcomeWord("shot").orElseThrow();
        assertNull(shot.outcome(), "'shot' acts on a count but names no outcome alone");
        assertTrue(shot.beforeCount());
        PeopleNoun witnesses = lexicon.peopleNoun("witnesses").orElseThrow();
        assertEquals(ActorKind.OTHER, witnesses.kind());
        assertTrue(witnesses.notVictim());
        assertTrue(lexicon.peopleNoun("spokesmen").orElseThrow().speaker());
        assertEquals(CueRole.DENY, lexicon.cueRole("refute").orElseThrow());
        assertEquals(EventType.EXPLOSIONS, lexicon.eventNoun("shelling").orElseThrow().type());
        assertTrue(lexicon.eventVerb("stormed").isPresent());
        assertTrue(lexicon.eventNoun("stormed").isEmpty());
        assertEquals(QuantityBound.AT_LEAST, lexicon.qualifiers().get("at least"));
        assertEquals(1000, lexicon.multipliers().get("thousand"));
    }

    @Test
    void triggerLemmasChooseTheSentencesToParse() {
        TriggerLemma behead = lexicon.trigger("behead").orElseThrow();
        assertEquals(Outcome.EXECUTED, behead.outcome());
        assertEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, behead.type());
        for (String lemma : List.of("kill", "die", "dead", "wound", "injure", "abduct", "shoot")) {
            assertTrue(lexicon.selectsParse(lemma), lemma);
        }
        assertTrue(lexicon.trigger("shell").isPresent());
        assertTrue(lexicon.selectsParse("shell"), "the material frames read what was shelled");
        assertEquals(MaterialRole.TAKING, lexicon.materialLemma("capture").orElseThrow().role());
        assertEquals(Set.of("up"), lexicon.materialLemma("blow").orElseThrow().particles());
        assertTrue(lexicon.selectsParse("rebel-held"), "a compound's last word selects like the word");
        assertFalse(lexicon.selectsParse("harvest"));
    }

    @Test
    void tokenTestsReadTheLexicon() {
        List<Token> ts = HandBuilt.sentence("Militia fighters wounded 14 herders .")
                .tags("NN NNS VBD CD NNS .").build().tokens();
        assertTrue(Words.isOutcome(ts.get(2)));
        assertFalse(Words.isAdjective(ts.get(2)), "an outcome participle is not a modifier");
        assertEquals(ActorKind.ARMED_GROUP, Words.PEOPLE_NOUNS.get(Words.lower(ts.get(1))));
        assertTrue(Words.isPunct(ts.get(5)));
        assertTrue(Words.isCapitalised(ts.get(0)));
    }
}
