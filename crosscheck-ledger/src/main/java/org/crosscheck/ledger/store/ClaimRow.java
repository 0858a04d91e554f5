package org.crosscheck.ledger.store;

import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;

/**
 * A row of {@code claim}: one claim as it was extracted, with the names its figures are grouped and filtered by.
 * {@code claimantKeys} is a {@link KeyList} of the claimant's names and those it speaks for; {@code victims} is the
 * side the victims are grouped under, {@code victimsNamed} the victims as the claim names them; {@code claimantKind}
 * is an actor kind's code or "outlet"; {@code evidence} is the JSON of its spans; {@code counted} is false for a
 * copy's or a superseded version's claims.
 */
public record ClaimRow(long reportId, String localId, String eventLocal, Long ledgerEventId, String claimant,
                       String claimantKey, String claimantKeys, String claimantKind, String via, Stance stance,
                       ClaimKind kind, Outcome outcome, String victims, String victimsKey, ActorKind victimsKind,
                       Integer lowCount, Integer highCount, Boolean vague, String countText, String objectText,
                       String refutes, String evidence, boolean counted, String victimsNamed) {
    public ClaimRow {
        claimant = Columns.cut(claimant, 500);
        claimantKey = Columns.cut(claimantKey, 500);
        claimantKeys = Columns.cut(claimantKeys, 4000);
        via = Columns.cut(via, 500);
        victims = Columns.cut(victims, 500);
        victimsKey = Columns.cut(victimsKey, 500);
        countText = Columns.cut(countText, 1000);
        objectText = Columns.cut(objectText, 2000);
        refutes = Columns.cut(refutes, 1000);
        victimsNamed = Columns.cut(victimsNamed, 500);
    }
}
