package org.crosscheck.ledger.store;

import java.util.Locale;

/** How a name takes part in a ledger event: as one of its actors, or as a claimant about it. */
public enum PartyRole {
    ACTOR, CLAIMANT;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
