package org.crosscheck.ledger.edit;

import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.InactiveEventException;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.store.LedgerEventDao;

/**
 * The one check before an analyst's edit, merge or split: the event exists and is active. Writing to a retired event
 * would move reports into a record nobody lists (an event merged twice, a real event dropped from the exports).
 */
final class ActiveEvent {
    private ActiveEvent() {
    }

    /** The event; {@link NoSuchElementException} when there is none, {@link InactiveEventException} when retired. */
    static LedgerEvent require(LedgerEventDao events, long id) {
        LedgerEvent e = events.find(id).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no ledger event " + id));
        if (events.active(id).isEmpty()) {
            List<Long> into = events.mergedInto(id);
            Long kept = into.isEmpty() ? null : into.get(0);
            throw new InactiveEventException(kept != null
                    ? "event " + id + " was merged into event " + kept + "; change that event instead"
                    : "event " + id + " holds no report any more (a split took its last one)");
        }
        return e;
    }
}
