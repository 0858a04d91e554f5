package org.crosscheck.ledger.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A store held by another process is told by H2's error code, wherever the pool wrapped it; other errors are not. */
class HeldStoreTest {
    @Test
    void theAlreadyOpenCodeAnywhereInTheCausesMeansHeld() {
        // H2 shares an open file store within one JVM, so the other process is stood in for by its error.
        SQLException held = new SQLException("Database may be already in use: \"/d/ledger.mv.db\"", "90020", 90020);
        assertTrue(Database.heldByAnotherProcess(new IllegalStateException("pool", new RuntimeException(held))));
        assertFalse(Database.heldByAnotherProcess(new IllegalStateException("pool",
                new SQLException("Connection is broken", "90067", 90067))));
        // The code is read from the exception, not from words in a message.
        assertFalse(Database.heldByAnotherProcess(new IllegalStateException("Database may be already in use [90020-240]")));
    }
}
