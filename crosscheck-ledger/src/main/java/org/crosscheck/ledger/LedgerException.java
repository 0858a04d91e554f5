package org.crosscheck.ledger;

/** The store failed (the database is unreachable, full, or refused a statement); the message says which. */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
