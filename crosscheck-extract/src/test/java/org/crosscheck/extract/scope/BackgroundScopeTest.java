package org.crosscheck.extract.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.crosscheck.text.HandBuilt;
import org.crosscheck.text.Sentence;
import org.junit.jupiter.api.Test;

/** Background cues on hand-built tokens: the cue must stand in the figure's clause. */
class BackgroundScopeTest {
    private final BackgroundScope scope = new BackgroundScope();

    @Test
    void aCueAnywhereInAnUnparsedSentenceScopesItsFigure() {
        Sentence s = HandBuilt.sentence("More than 500 herders have died since 2012 .")
                .tags("JJR IN CD NNS VBP VBN IN CD .").build();
        assertEquals(Optional.of("scope.since"), scope.cue(s, 2));
    }

    @Test
    void aCueInAnotherClauseDoesNotReachTheFigure() {
        // "Gunmen killed 9 guards on Monday , and the militia has lost 300 men since May ."
        Sentence s = HandBuilt.sentence("Gunmen killed 9 guards on Monday , and the militia has lost 300 men since May .")
                .tags("NNS VBD CD NNS IN NNP , CC DT NN VBZ VBN CD NNS IN NNP .")
                .lemmas("gunman kill 9 guard on monday , and the militia have lose 300 man since may .")
                .ner("O O NUMBER O O DATE O O O O O O NUMBER O O DATE O")
                .deps("nsubj(killed-2, Gunmen-1) root(ROOT-0, killed-2) nummod(guards-4, 9-3) obj(killed-2, guards-4)"
                        + " case(Monday-6, on-5) obl:on(killed-2, Monday-6) punct(lost-12, ,-7) cc(lost-12, and-8)"
                        + " det(militia-10, the-9) nsubj(lost-12, militia-10) aux(lost-12, has-11)"
                        + " conj:and(killed-2, lost-12) nummod(men-14, 300-13) obj(lost-12, men-14)"
                        + " case(May-16, since-15) obl:since(lost-12, May-16) punct(killed-2, .-17)")
                .build();
        assertEquals(Optional.empty(), scope.cue(s, 2));
        assertEquals(Optional.of("scope.since"), scope.cue(s, 12));
    }

    @Test
    void aMonthOnlyDatesAClauseThatNamesOneIncident() {
        Sentence plain = HandBuilt.sentence("Bandits killed 70 traders in March .").tags("NNS VBD CD NNS IN NNP .")
                .ner("O O NUMBER O O DATE O").build();
        Sentence ambush = HandBuilt.sentence("Bandits killed 70 traders in an ambush in March .")
                .tags("NNS VBD CD NNS IN DT NN IN NNP .").ner("O O NUMBER O O O O O DATE O").build();
        assertEquals(Optional.of("scope.in-month"), scope.cue(plain, 2));
        assertEquals(Optional.empty(), scope.cue(ambush, 2));
    }
}
