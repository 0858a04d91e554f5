package org.crosscheck.ledger.edit;

import java.time.Instant;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.MatchDecision;
import org.crosscheck.ledger.consensus.EventRefresher;
import org.crosscheck.ledger.store.AnalystFigureDao;
import org.crosscheck.ledger.store.ClaimDao;
import org.crosscheck.ledger.store.DecisionRow;
import org.crosscheck.ledger.store.EventPartyDao;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.MatchDecisionDao;
import org.crosscheck.ledger.store.ReportEventDao;
import org.crosscheck.ledger.store.Database;

/**
 * Folds one ledger event into another: its report events, claims, analyst's figures and incidents move, and it stays as an inactive
 * record pointing to the one that kept them. An analyst's merge and the matcher's (a report event matching two
 * events) both come here. Runs inside the caller's transaction.
 */
public final class Merger {
    private final LedgerEventDao events;
    private final ReportEventDao reportEvents;
    private final ClaimDao claims;
    private final MatchDecisionDao decisions;
    private final EventPartyDao parties;
    private final AnalystFigureDao figures;
    private final EventRefresher refresher;

    public Merger(Database db) {
        events = db.dao(LedgerEventDao.class);
        reportEvents = db.dao(ReportEventDao.class);
        claims = db.dao(ClaimDao.class);
        decisions = db.dao(MatchDecisionDao.class);
        parties = db.dao(EventPartyDao.class);
        figures = db.dao(AnalystFigureDao.class);
        refresher = new EventRefresher(db);
    }

    /**
     * An analyst's merge: {@code absorbed}'s reports, claims and incidents move into {@code kept}, which is
     * recomputed with its operation.
     */
    public void merge(long kept, long absorbed, String who, String why, Instant now) {
        if (kept == absorbed) {
            throw new IllegalArgumentException("cannot merge an event into itself");
        }
        LedgerEvent k = ActiveEvent.require(events, kept);
        ActiveEvent.require(events, absorbed);
        absorb(kept, absorbed, "analyst merged event " + absorbed + " into this: " + why,
                "analyst merged this into event " + kept + ": " + why, who, now);
        refresher.refresh(kept, now);
        if (k.parentId() != null) {
            refresher.refresh(k.parentId(), now);
        }
    }

    /** Moves everything of {@code absorbed} into {@code kept} and retires it, noting why on both. */
    public void absorb(long kept, long absorbed, String keptReason, String absorbedReason, String who, Instant now) {
        if (events.ancestors(kept).contains(absorbed)) {
            events.takeParentOf(kept, absorbed);
        }
        reportEvents.moveAll(absorbed, kept);
        claims.moveAll(absorbed, kept);
        figures.moveAll(absorbed, kept);
        events.moveChildren(absorbed, kept);
        events.mergeInto(absorbed, kept, now);
        parties.clear(absorbed);
        decisions.insert(DecisionRow.aboutEvent(kept, MatchDecision.Kind.MERGE, keptReason, who, now));
        decisions.insert(DecisionRow.aboutEvent(absorbed, MatchDecision.Kind.MERGE, absorbedReason, who, now));
    }
}
