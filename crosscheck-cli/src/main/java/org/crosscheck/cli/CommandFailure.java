package org.crosscheck.cli;

/**
 * A command could not do what was asked for a reason the user can act on (an event the ledger does not hold, a
 * malformed record name): {@link Main} prints its message as one line and exits 1, without a trace.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
