package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimate policies and the contest rules on hand-made figures. */
class PolicyTest {
    private static ClaimFigure fig(String claimant, boolean party, boolean ownSide, String stance, Integer low,
                                   Integer high, boolean vague, String text) {
        return new ClaimFigure("1/" + claimant + low, 1, "r.txt", null, claimant, null, party, ownSide, stance,
                "casualties", "killed", "Soldiers", null, "soldiers", "state_forces", low, high, vague, text, null, text);
    }

    private static VictimGroup group(ClaimFigure... f) {
        return new VictimGroup("Soldiers", "soldiers", "state_forces", "killed", List.of(f), false, List.of());
    }

    @Test
    void aFigureIsWrittenFromItsNumbersAndQuotesOnlyVagueWords() {
        assertEquals("0", fig("Reporter", false, false, "asserts", 0, 0, false, "any casualties").figure());
        assertEquals("at least 12", fig("Lang", false, false, "asserts", 12, null, false, "at least 12 people").figure());
        assertEquals("12", fig("Lang", false, false, "asserts", 12, 12, false, "twelve").figure());
        assertEquals("5 to 8", fig("Lang", false, false, "asserts", 5, 8, false, "five to eight").figure());
        assertEquals("\"dozens\"", fig("Lang", false, false, "asserts", 24, null, true, "dozens").figure());
        assertEquals("\"up to twelve\"", fig("Lang", false, false, "asserts", null, 12, false, "up to twelve").figure());
    }

    @Test
    void acledTakesTheLowestPositiveFigure() {
        VictimGroup g = group(fig("Rebels", true, false, "asserts", 25, null, false, "at least 25"),
                fig("Army", true, true, "asserts", 4, 4, false, "four"),
                fig("Army2", true, true, "asserts", 0, 0, false, "no soldiers"));
        assertEquals(new Estimate(4, 4, 4), EstimatePolicy.ACLED.estimate(g, false));
    }

    @Test
    void acledTurnsVagueWordsIntoNumbers() {
        assertEquals(10, EstimatePolicy.vagueValue("tens of soldiers", false));
        assertEquals(12, EstimatePolicy.vagueValue("dozens", false));
        assertEquals(100, EstimatePolicy.vagueValue("hundreds of people", false));
        assertEquals(3, EstimatePolicy.vagueValue("several", false));
        assertEquals(10, EstimatePolicy.vagueValue("several", true));
        assertEquals(12, EstimatePolicy.ACLED.estimate(group(fig("A", false, false, "asserts", null, null, true, "dozens")),
                false).best());
    }

    @Test
    void acledGivesZeroOnlyWhenEveryoneSaysZero() {
        assertEquals(0, EstimatePolicy.ACLED.estimate(group(fig("A", false, false, "asserts", 0, 0, false, "none")),
                false).best());
        assertTrue(EstimatePolicy.ACLED.estimate(group(), false).isNone());
    }

    @Test
    void rangePrefersIndependentThenOwnSideThenLowestParty() {
        ClaimFigure attacker = fig("Rebels", true, false, "asserts", 25, null, false, "at least 25");
        ClaimFigure own = fig("Army", true, true, "asserts", 4, 4, false, "four");
        ClaimFigure ngo = fig("Hospital", false, false, "asserts", 9, 11, false, "9 to 11");
        assertEquals(new Estimate(4, 9, 25), EstimatePolicy.RANGE.estimate(group(attacker, own, ngo), false));
        assertEquals(new Estimate(4, 4, 25), EstimatePolicy.RANGE.estimate(group(attacker, own), false));
        assertEquals(new Estimate(25, 25, 25), EstimatePolicy.RANGE.estimate(group(attacker), false));
    }

    @Test
    void contestedWhenRangesCannotBothHold() {
        Reconciliation r = Reconciler.reconcile(1, List.of(
                fig("Rebels", true, false, "asserts", 25, null, false, "at least 25"),
                fig("Army", true, true, "asserts", 4, 4, false, "four")), false);
        assertTrue(r.contested());
        assertTrue(r.contestReasons().get(0).contains("ranges do not overlap"), r.contestReasons().toString());
        Reconciliation agree = Reconciler.reconcile(1, List.of(
                fig("Rebels", true, false, "asserts", 3, 6, false, "three to six"),
                fig("Army", true, true, "asserts", 4, 4, false, "four")), false);
        assertFalse(agree.contested(), agree.contestReasons().toString());
    }

    @Test
    void contestedOnZeroAgainstPositiveAndOnDenial() {
        assertTrue(Reconciler.reconcile(1, List.of(fig("A", true, false, "asserts", 0, 0, false, "none"),
                fig("B", false, false, "asserts", null, null, true, "several")), false).contested());
        ClaimFigure denial = new ClaimFigure("1/d", 1, "r", null, "Army", null, true, false, "denies", "occurrence",
                null, null, null, null, null, null, null, null, null, null, "denied the attack");
        Reconciliation r = Reconciler.reconcile(1, List.of(fig("Mayor", false, false, "asserts", 12, null, false,
                "at least 12"), denial), false);
        assertTrue(r.contested());
        assertTrue(Notes.write(r).contains("Army denied that the event took place"), Notes.write(r));
        assertTrue(Notes.write(r).startsWith("Mayor said at least 12 Soldiers killed"), Notes.write(r));
    }

    @Test
    void theSameClaimantRepeatingItselfIsNoContest() {
        assertFalse(Reconciler.reconcile(1, List.of(fig("A", true, false, "asserts", 25, 25, false, "25"),
                fig("A", true, false, "asserts", 30, 30, false, "30")), false).contested());
    }
}
