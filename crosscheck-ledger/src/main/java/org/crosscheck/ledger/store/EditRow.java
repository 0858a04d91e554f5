package org.crosscheck.ledger.store;

import java.time.Instant;

/**
 * A row of {@code edit}: an analyst's correction of one field of an event ({@code target} "event:ID") or a claim
 * ("claim:REPORT/LOCAL", with {@code reportId} and {@code localId}), with the value it replaced, who and why.
 */
public record EditRow(String target, Long reportId, String localId, String field, String oldValue, String newValue,
                      String who, String why, Instant editedAt) {
    public EditRow {
        oldValue = Columns.cut(oldValue, 4000);
        newValue = Columns.cut(newValue, 4000);
        who = Columns.cut(who, 200);
        why = Columns.cut(why, 4000);
    }

    /** How an edit names the event it corrects. */
    public static String eventTarget(long ledgerEventId) {
        return "event:" + ledgerEventId;
    }

    /** How an edit names the claim it corrects. */
    public static String claimTarget(long reportId, String localId) {
        return "claim:" + reportId + "/" + localId;
    }
}
