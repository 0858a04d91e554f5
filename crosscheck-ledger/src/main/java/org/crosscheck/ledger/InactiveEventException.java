package org.crosscheck.ledger;

/**
 * An analyst's write named a ledger event that is no longer one of the ledger's own: it was merged into another
 * (the message names which) or a split took its last report. It stays as a record, and history reads it, but edits,
 * merges and splits go to the event that holds its reports now.
 */
public final class InactiveEventException extends IllegalStateException {
    public InactiveEventException(String message) {
        super(message);
    }
}
