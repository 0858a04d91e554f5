package org.crosscheck.server.view;

import org.crosscheck.ledger.DetachedClaim;

/**
 * A claim an analyst detached, as an event's page lists it: where it is now ({@code event}, null for its report's
 * context) and the event its report event is in ({@code homeEvent}, where undoing the detach returns it). Immutable.
 */
public record DetachedView(String claimId, Long event, Long homeEvent, String statement) {
    public static DetachedView of(DetachedClaim c) {
        return new DetachedView(c.claimId(), c.ledgerEventId(), c.homeEventId(), c.statement());
    }
}
