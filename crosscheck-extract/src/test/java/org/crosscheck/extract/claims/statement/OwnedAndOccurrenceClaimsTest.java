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

/** Claims a denial names with their owner, occurrence claims with their agent, and the denial that answers them. */
class OwnedAndOccurrenceClaimsTest {
    @Test
    void aDeniedClaimWithAnOwnerIsTheOwnersClaimAndTheDenialAnswersIt() {
        AnnotatedText t = HandBuilt.sentence("The Red Cross rejected Zarvia 's claim that the depot was empty .")
                .tags("DT NNP NNP VBD NNP POS NN IN DT NN VBD JJ .")
                .lemmas("the Red Cross reject Zarvia 's claim that the depot be empty .")
                .ner("O ORGANIZATION ORGANIZATION O LOCATION O O O O O O O O")
                .deps("det(Cross-3, The-1) compound(Cross-3, Red-2) nsubj(rejected-4, Cross-3) root(ROOT-0, rejected-4) "
                        + "nmod:poss(claim-7, Zarvia-5) case(Zarvia-5, 's-6) "
                        + "obj(rejected-4, claim-7) mark(empty-12, that-8) det(depot-10, the-9) nsubj(empty-12, depot-10) "
                        + "cop(empty-12, was-11) acl(claim-7, empty-12) punct(rejected-4, .-13)").text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        ClaimDraft owned = drafts.stream().filter(d -> d.rule().equals("statement.owned-claim")).findFirst()
                .orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals(Stance.ASSERTS, owned.stance());
        assertEquals("Zarvia", f.actors().entry(owned.attribution().claimant()).name(), "a country speaks as its government");
        assertQuotes(t.text(), "Zarvia's claim that the depot was empty", owned.evidence());
        ClaimDraft denial = drafts.stream().filter(d -> d.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertEquals(owned.attribution().claimant(), denial.answers());
    }

    @Test
    void aDenialWithoutANamedOwnerAnswersThePartyThatBlamedTheDenier() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 5, 2),
                HandBuilt.sentence("Villagers said Zarvian soldiers raided the market .")
                        .tags("NNS VBD JJ NNS VBD DT NN .").lemmas("villager say zarvian soldier raid the market ."),
                HandBuilt.sentence("The Zarvian army denied it .").tags("DT JJ NN VBD PRP .")
                        .lemmas("the zarvian army deny it ."));
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        ClaimDraft occurrence = drafts.stream().filter(d -> d.kind() == ClaimKind.OCCURRENCE
                && d.stance() == Stance.ASSERTS).findFirst().orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals("statement.occurrence-agent", occurrence.rule());
        assertEquals("Villagers", f.actors().entry(occurrence.attribution().claimant()).name());
        assertQuotes(t.text(), "Zarvian soldiers raided the market", occurrence.evidence());
        ClaimDraft denial = drafts.stream().filter(d -> d.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertEquals(occurrence.attribution().claimant(), denial.answers(), "the army answers what the villagers said");
    }

    @Test
    void aDenialOfClaimsWithoutAnOwnerAnswersTheOwnedClaimTheReportGivesLater() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 5, 2),
                HandBuilt.sentence("The Red Cross disputed claims that rebels fired from the depot .")
                        .tags("DT NNP NNP VBD NNS IN NNS VBD IN DT NN .")
                        .lemmas("the Red Cross dispute claim that rebel fire from the depot .")
                        .ner("O ORGANIZATION ORGANIZATION O O O O O O O O O")
                        .deps("det(Cross-3, The-1) compound(Cross-3, Red-2) nsubj(disputed-4, Cross-3) root(ROOT-0, disputed-4) "
                                + "obj(disputed-4, claims-5) mark(fired-8, that-6) nsubj(fired-8, rebels-7) "
                                + "ccomp(claims-5, fired-8) case(depot-11, from-9) det(depot-11, the-10) "
                                + "obl:from(fired-8, depot-11) punct(disputed-4, .-12)"),
                HandBuilt.sentence("Its officials rejected Zarvia 's claim that the depot was a base .")
                        .tags("PRP$ NNS VBD NNP POS NN IN DT NN VBD DT NN .")
                        .lemmas("its official reject Zarvia 's claim that the depot be a base .")
                        .ner("O O O LOCATION O O O O O O O O O")
                        .deps("nmod:poss(officials-2, Its-1) nsubj(rejected-3, officials-2) root(ROOT-0, rejected-3) "
                                + "nmod:poss(claim-6, Zarvia-4) case(Zarvia-4, 's-5) obj(rejected-3, claim-6) "
                                + "mark(base-12, that-7) det(depot-9, the-8) nsubj(base-12, depot-9) cop(base-12, was-10) "
                                + "det(base-12, a-11) acl(claim-6, base-12) punct(rejected-3, .-13)"));
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        ClaimDraft first = drafts.stream().filter(d -> d.stance() == Stance.DENIES && d.sentence() == 0).findFirst()
                .orElseThrow(() -> new AssertionError(drafts.toString()));
        assertEquals("Zarvia", f.actors().entry(first.answers()).name(), "not the rebels inside the denied words");
    }
}
