package org.crosscheck.ledger.consensus;

import static org.crosscheck.ledger.TestFigures.denial;
import static org.crosscheck.ledger.TestFigures.fig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Reconciliation;
import org.junit.jupiter.api.Test;

/** The contest rules on hand-made figures. */
class ReconcilerTest {
    @Test
    void contestedWhenRangesCannotBothHold() {
        Reconciliation r = Reconciler.reconcile(1, List.of(
                fig("Rebels", true, false, "asserts", 25, null, false, "at least 25"),
                fig("Army", true, true, "asserts", 4, 4, false, "four")), false);
        assertTrue(r.contested());
        assertEquals(List.of("Rebels claims at least 25 Soldiers killed; Army claims 4"), r.contestReasons());
        Reconciliation agree = Reconciler.reconcile(1, List.of(
                fig("Rebels", true, false, "asserts", 3, 6, false, "three to six"),
                fig("Army", true, true, "asserts", 4, 4, false, "four")), false);
        assertFalse(agree.contested(), agree.contestReasons().toString());
    }

    @Test
    void contestedOnZeroAgainstPositiveAndOnDenial() {
        assertTrue(Reconciler.reconcile(1, List.of(fig("A", true, false, "asserts", 0, 0, false, "none"),
                fig("B", false, false, "asserts", null, null, true, "several")), false).contested());
        ClaimFigure denial = denial("Army", "denied the attack");
        Reconciliation r = Reconciler.reconcile(1, List.of(fig("Mayor", false, false, "asserts", 12, null, false,
                "at least 12"), denial), false);
        assertTrue(r.contested());
    }

    @Test
    void theSameClaimantRepeatingItselfIsNoContest() {
        assertFalse(Reconciler.reconcile(1, List.of(fig("A", true, false, "asserts", 25, 25, false, "25"),
                fig("A", true, false, "asserts", 30, 30, false, "30")), false).contested());
    }
}
