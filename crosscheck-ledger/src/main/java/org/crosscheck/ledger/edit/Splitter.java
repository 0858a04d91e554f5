package org.crosscheck.ledger.edit;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.MatchDecision;
import org.crosscheck.ledger.consensus.EventRefresher;
import org.crosscheck.ledger.store.ClaimDao;
import org.crosscheck.ledger.store.DecisionRow;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.MatchDecisionDao;
import org.crosscheck.ledger.store.ReportEventDao;
import org.crosscheck.ledger.store.Database;

/**
 * Takes one report's events out of a ledger event into a new one: an analyst's judgement that the report describes
 * another incident. Runs inside the caller's transaction.
 */
public final class Splitter {
    private final LedgerEventDao events;
    private final ReportEventDao reportEvents;
    private final ClaimDao claims;
    private final MatchDecisionDao decisions;
    private final EventRefresher refresher;

    public Splitter(Database db) {
        events = db.dao(LedgerEventDao.class);
        reportEvents = db.dao(ReportEventDao.class);
        claims = db.dao(ClaimDao.class);
        decisions = db.dao(MatchDecisionDao.class);
        refresher = new EventRefresher(db);
    }

    /**
     * Moves report {@code reportId}'s event {@code eventLocal} (all of that report's events in the ledger event
     * when null), with its claims, into a new ledger event.
     *
     * @return the new ledger event's id
     */
    public long split(long eventId, long reportId, String eventLocal, String who, String why, Instant now) {
        LedgerEvent e = ActiveEvent.require(events, eventId);
        List<String> locals = reportEvents.localIds(eventId, reportId).stream()
                .filter(l -> eventLocal == null || eventLocal.equals(l)).toList();
        if (locals.isEmpty()) {
            throw new NoSuchElementException("report " + reportId + " has no event "
                    + (eventLocal == null ? "" : eventLocal + " ") + "in ledger event " + eventId);
        }
        long id = events.insert(e.parentId(), e.eventType(), e.subEventType(), e.startDate(), e.endDate(), now);
        for (String local : locals) {
            reportEvents.move(reportId, local, id);
            claims.moveWith(reportId, local, id);
            String what = "analyst split report " + reportId + " event " + local;
            decisions.insert(new DecisionRow(id, reportId, local, MatchDecision.Kind.SPLIT, null,
                    what + " out of event " + eventId + ": " + why, who, now));
            decisions.insert(new DecisionRow(eventId, reportId, local, MatchDecision.Kind.SPLIT, null,
                    what + " into new event " + id + ": " + why, who, now));
        }
        refresher.refresh(eventId, now);
        refresher.refresh(id, now);
        return id;
    }
}
