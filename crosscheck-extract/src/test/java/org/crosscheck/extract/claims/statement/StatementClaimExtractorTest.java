package org.crosscheck.extract.claims.statement;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Stance;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Denials on hand-built tokens. */
class StatementClaimExtractorTest {
    @Test
    void aDenialOfLossesIsAZeroCasualtyClaimOfTheDenier() {
        AnnotatedText t = HandBuilt.sentence("The ministry denied any losses .").tags("DT NN VBD DT NNS .")
                .lemmas("the ministry deny any loss .").text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        assertEquals(1, drafts.size(), drafts.toString());
        ClaimDraft d = drafts.get(0);
        assertEquals(Stance.DENIES, d.stance());
        assertEquals(ClaimKind.CASUALTIES, d.kind());
        assertEquals(0, d.count().low());
        assertEquals("statement.denied-losses", d.rule());
        assertEquals("ministry", f.actors().entry(d.victims()).name());
        assertQuotes(t.text(), "The ministry denied any losses", d.evidence());
    }

    @Test
    void aDismissalAsThePredicateInAPartysAccountIsADenial() {
        AnnotatedText t = HandBuilt.sentence("The ministry said the reports are baseless .")
                .tags("DT NN VBD DT NNS VBP JJ .").lemmas("the ministry say the report be baseless .").text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        assertEquals(1, drafts.size(), drafts.toString());
        assertEquals(Stance.DENIES, drafts.get(0).stance());
        assertEquals("statement.dismissal-predicate", drafts.get(0).rule());
        assertEquals("ministry", f.actors().entry(drafts.get(0).attribution().claimant()).name());
        assertQuotes(t.text(), "the reports are baseless", drafts.get(0).evidence());
    }

    @Test
    void aDismissalBeforeANounIsNoDenial() {
        AnnotatedText t = HandBuilt.sentence("The ministry said it was a false alarm .")
                .tags("DT NN VBD PRP VBD DT JJ NN .").lemmas("the ministry say it be a false alarm .").text();
        StageFixture f = StageFixture.of(t);
        assertEquals(List.of(), new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions()));
    }

    @Test
    void aDenialAnswersTheOwnerOfTheClaimsItDenies() {
        AnnotatedText t = HandBuilt.sentence("The rebels denied the Tarn Front 's claims of killing civilians .")
                .tags("DT NNS VBD DT NNP NNP POS NNS IN VBG NNS .")
                .lemmas("the rebel deny the Tarn Front 's claim of kill civilian .")
                .ner("O O O O ORGANIZATION ORGANIZATION O O O O O O")
                .deps("det(rebels-2, The-1) nsubj(denied-3, rebels-2) root(ROOT-0, denied-3) det(Front-6, the-4) "
                        + "compound(Front-6, Tarn-5) nmod:poss(claims-8, Front-6) case(Front-6, 's-7) "
                        + "obj(denied-3, claims-8) mark(killing-10, of-9) acl:of(claims-8, killing-10) "
                        + "obj(killing-10, civilians-11) punct(denied-3, .-12)").text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        assertEquals(2, drafts.size(), drafts.toString());
        assertEquals("Tarn Front", f.actors().entry(drafts.get(0).answers()).name(),
                "the front owns the claims; the civilians inside them are answered by no one");
        assertEquals("statement.owned-claim", drafts.get(1).rule(), "the denied claims are the front's claim");
        assertEquals(drafts.get(0).answers(), drafts.get(1).attribution().claimant());
        assertQuotes(t.text(), "Tarn Front's claims of killing civilians", drafts.get(1).evidence());
    }

    @Test
    void aDenialOfHarmingVictimsNamesThem() {
        AnnotatedText t = HandBuilt.sentence("The militia denied accusations of wounding aid workers .")
                .tags("DT NN VBD NNS IN VBG NN NNS .")
                .lemmas("the militia deny accusation of wound aid worker .").text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        ClaimDraft d = drafts.get(0);
        assertEquals(Stance.DENIES, d.stance());
        assertEquals(ClaimKind.OTHER, d.kind(), "no figure: the denial is no casualty claim");
        assertEquals(org.crosscheck.model.Outcome.WOUNDED, d.outcome());
        assertEquals("aid workers", f.actors().entry(d.victims()).name());
    }

    @Test
    void aPartySayingNoFightersWereThereDeniesTheirPresence() {
        AnnotatedText t = HandBuilt.sentence("The ministry said there were no rebels in the clinic .")
                .tags("DT NN VBD EX VBD DT NNS IN DT NN .")
                .lemmas("the ministry say there be no rebel in the clinic .").text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        assertEquals(1, drafts.size(), drafts.toString());
        assertEquals(Stance.DENIES, drafts.get(0).stance());
        assertEquals("statement.no-combatants", drafts.get(0).rule());
        assertEquals("ministry", f.actors().entry(drafts.get(0).attribution().claimant()).name());
        assertQuotes(t.text(), "there were no rebels in the clinic", drafts.get(0).evidence());

        AnnotatedText used = HandBuilt.sentence("The school was not used by any gunmen , police said .")
                .tags("DT NN VBD RB VBN IN DT NNS , NNS VBD .")
                .lemmas("the school be not use by any gunman , police say .").text();
        StageFixture g = StageFixture.of(used);
        List<ClaimDraft> more = new StatementClaimExtractor().extract(g.ctx(), g.actors(), g.attributions());
        assertEquals(1, more.size(), more.toString());
        assertQuotes(used.text(), "not used by any gunmen", more.get(0).evidence());
    }

    @Test
    void noFightersHurtOrNoGroupClaimingIsNoDenialOfPresence() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 3, 1),
                HandBuilt.sentence("The army said no soldiers were hurt .").tags("DT NN VBD DT NNS VBD VBN .")
                        .lemmas("the army say no soldier be hurt ."),
                HandBuilt.sentence("Police said there were no reports of fighting .")
                        .tags("NNS VBD EX VBD DT NNS IN NN .").lemmas("police say there be no report of fighting ."),
                HandBuilt.sentence("No rebels were seen there , the mayor said .")
                        .tags("DT NNS VBD VBN RB , DT NN VBD .").lemmas("no rebel be see there , the mayor say ."));
        StageFixture f = StageFixture.of(t);
        assertEquals(List.of(), new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions()));
    }
}
