package org.crosscheck.ledger;

import static org.crosscheck.ledger.TestFigures.fig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Outcome;
import org.junit.jupiter.api.Test;

/** The estimate policies on hand-made figures. */
class PolicyTest {
    private static VictimGroup group(ClaimFigure... f) {
        return new VictimGroup("Soldiers", "soldiers", ActorKind.STATE_FORCES, Outcome.KILLED, List.of(f), false,
                List.of());
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
}
