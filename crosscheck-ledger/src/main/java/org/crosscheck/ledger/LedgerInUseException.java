package org.crosscheck.ledger;

/**
 * The embedded store is held by another process (H2 opens a file store for one process at a time; a running
 * server is the usual holder). Its own type, so that callers need not read the database's message.
 */
public class LedgerInUseException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public LedgerInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
