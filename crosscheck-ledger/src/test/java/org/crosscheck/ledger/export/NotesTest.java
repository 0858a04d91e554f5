package org.crosscheck.ledger.export;

import static org.crosscheck.ledger.TestFigures.denial;
import static org.crosscheck.ledger.TestFigures.fig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.consensus.Reconciler;
import org.junit.jupiter.api.Test;

/** Notes are written from attributed claims only, with the same verbs for every claimant. */
class NotesTest {
    @Test
    void aFigureAndADenialAreEachAttributed() {
        Reconciliation r = Reconciler.reconcile(1, List.of(fig("Mayor", false, false, "asserts", 12, null, false,
                "at least 12"), denial("Army", "denied the attack")), false);
        assertEquals("Mayor said at least 12 Soldiers killed; Army denied that the event took place.", Notes.write(r));
    }
}
