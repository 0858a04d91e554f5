package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.Ledger;

/**
 * The skeleton of a command that reads the ledger: its options, the ledger opened and closed around the work, and
 * a record it does not hold (or a malformed record name) reported as a {@link CommandFailure}.
 */
abstract class LedgerCommand extends LedgerOptionsCommand {
    @Override
    public final Integer call() throws Exception {
        check();
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = ledgerOptions.open()) {
            int code = run(ledger, out);
            out.flush();
            return code;
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    /** Checks the command's own arguments before the ledger is opened; a usage error throws. */
    void check() {
    }

    /** The command's work on the open ledger; its exit code. */
    abstract int run(Ledger ledger, PrintWriter out) throws Exception;
}
