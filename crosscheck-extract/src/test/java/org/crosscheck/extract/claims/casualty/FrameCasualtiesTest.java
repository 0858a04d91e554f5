package org.crosscheck.extract.claims.casualty;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.corenlp.SemgrexEngine;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.rules.StageRules;
import org.crosscheck.model.Outcome;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.crosscheck.text.PatternEngine;
import org.junit.jupiter.api.Test;

/** The casualty stage on hand-built tokens and arcs: the frame rules run without a model. */
class FrameCasualtiesTest {
    private static final StageRules RULES = StageRules.compile(new SemgrexEngine());

    private static final HandBuilt LEFT_DEAD = HandBuilt.sentence("The ambush left 12 soldiers dead .")
            .tags("DT NN VBD CD NNS JJ .").lemmas("the ambush leave 12 soldier dead .")
            .ner("O O O NUMBER O O O").normalized(3, "12.0")
            .deps("det(ambush-2, The-1) nsubj(left-3, ambush-2) root(ROOT-0, left-3) nummod(soldiers-5, 12-4)"
                    + " nsubj(dead-6, soldiers-5) xcomp(left-3, dead-6) punct(left-3, .-7)");

    @Test
    void leftDeadIsAFrameWithItsEvidence() {
        AnnotatedText t = LEFT_DEAD.text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new FrameCasualties(RULES.casualtyFrames()).read(f.ctx(), f.actors(),
                f.attributions(), f.sentence(0));
        assertEquals(1, drafts.size(), drafts.toString());
        ClaimDraft d = drafts.get(0);
        assertEquals("casualty.frame-left-dead", d.rule());
        assertEquals(Outcome.KILLED, d.outcome());
        assertEquals(12, d.count().low());
        assertEquals(12, d.count().high());
        assertEquals("12 soldiers", d.count().text());
        assertQuotes(t.text(), "left 12 soldiers dead", d.evidence());
    }

    @Test
    void theStageAddsAFrameOnlyWhereNoTokenRuleReadTheClaim() {
        AnnotatedText t = HandBuilt.sentence("Nine soldiers from the northern garrison were killed .")
                .tags("CD NNS IN DT JJ NN VBD VBN .").lemmas("nine soldier from the northern garrison be kill .")
                .ner("NUMBER O O O O O O O O").normalized(0, "9.0")
                .deps("nummod(soldiers-2, Nine-1) nsubj:pass(killed-8, soldiers-2) case(garrison-6, from-3)"
                        + " det(garrison-6, the-4) amod(garrison-6, northern-5) nmod:from(soldiers-2, garrison-6)"
                        + " aux:pass(killed-8, were-7) root(ROOT-0, killed-8) punct(killed-8, .-9)")
                .text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> without = new CasualtyExtractor(PatternEngine.NONE.compile(List.of())).extract(f.ctx(),
                f.actors(), f.attributions());
        assertTrue(without.isEmpty(), "no token rule reads a count apart from its verb: " + without);
        List<ClaimDraft> withFrames = new CasualtyExtractor(RULES.casualtyFrames()).extract(f.ctx(), f.actors(),
                f.attributions());
        assertEquals(List.of("casualty.frame-passive"), withFrames.stream().map(ClaimDraft::rule).toList());
        assertEquals(9, withFrames.get(0).count().low());
        assertQuotes(t.text(), "Nine soldiers from the northern garrison were killed", withFrames.get(0).evidence());
    }

    @Test
    void aTokenRuleReadingTheSameWordsKeepsItsClaim() {
        AnnotatedText t = HandBuilt.sentence("Eight villagers were reportedly killed .")
                .tags("CD NNS VBD RB VBN .").lemmas("eight villager be reportedly kill .")
                .ner("NUMBER O O O O O").normalized(0, "8.0")
                .deps("nummod(villagers-2, Eight-1) nsubj:pass(killed-5, villagers-2) aux:pass(killed-5, were-3)"
                        + " advmod(killed-5, reportedly-4) root(ROOT-0, killed-5) punct(killed-5, .-6)")
                .text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> frames = new FrameCasualties(RULES.casualtyFrames()).read(f.ctx(), f.actors(),
                f.attributions(), f.sentence(0));
        assertEquals(List.of("casualty.frame-passive"), frames.stream().map(ClaimDraft::rule).toList());
        List<ClaimDraft> all = new CasualtyExtractor(RULES.casualtyFrames()).extract(f.ctx(), f.actors(),
                f.attributions());
        assertEquals(List.of("casualty.count-outcome"), all.stream().map(ClaimDraft::rule).toList());
        assertQuotes(t.text(), "Eight villagers were reportedly killed", all.get(0).evidence());
    }
}
