package org.crosscheck.ledger.edit;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.MatchDecision;
import org.crosscheck.ledger.consensus.EventRefresher;
import org.crosscheck.ledger.store.ClaimDao;
import org.crosscheck.ledger.store.ClaimRow;
import org.crosscheck.ledger.store.Database;
import org.crosscheck.ledger.store.DecisionRow;
import org.crosscheck.ledger.store.EditDao;
import org.crosscheck.ledger.store.EditRow;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.MatchDecisionDao;
import org.crosscheck.ledger.store.ReportEventDao;

/**
 * Takes one claim out of its event: an analyst's judgement that the figure is about another incident (it moves to an
 * event of its own) or about none (it joins its report's context, counted nowhere). The claim stays where it was put
 * when its report event later moves; {@link #reattach} undoes it. Each is a version of the claim (field
 * {@value #FIELD}) and a decision on both events. Runs inside the caller's transaction.
 */
public final class Detacher {
    /** The field a claim's history shows a detach under. */
    static final String FIELD = "event";
    private static final String CONTEXT = "its report's context";

    private final LedgerEventDao events;
    private final ClaimDao claims;
    private final ReportEventDao reportEvents;
    private final EditDao edits;
    private final MatchDecisionDao decisions;
    private final EventRefresher refresher;

    public Detacher(Database db) {
        events = db.dao(LedgerEventDao.class);
        claims = db.dao(ClaimDao.class);
        reportEvents = db.dao(ReportEventDao.class);
        edits = db.dao(EditDao.class);
        decisions = db.dao(MatchDecisionDao.class);
        refresher = new EventRefresher(db);
    }

    /**
     * Moves a claim off its event: into a new event typed, dated and placed from its report event when
     * {@code ownEvent}, else into its report's context.
     *
     * @return the new event's id; null when the claim went to its report's context
     */
    public Long detach(Target claim, boolean ownEvent, String who, String why, Instant now) {
        ClaimRow c = find(claim);
        if (c.ledgerEventId() == null) {
            throw new IllegalArgumentException("claim " + name(claim) + " is on no event: it is its report's context");
        }
        long from = c.ledgerEventId();
        LedgerEvent e = ActiveEvent.require(events, from);
        Long to = null;
        if (ownEvent) {
            if (c.eventLocal() == null) {
                throw new IllegalArgumentException("claim " + name(claim) + " has no report event to place an event "
                        + "of its own; detach it to its report's context");
            }
            to = events.insert(null, e.eventType(), e.subEventType(), e.startDate(), e.endDate(), now);
        }
        claims.place(claim.id(), claim.local(), to, true);
        String where = to == null ? CONTEXT : "event " + to;
        edits.insert(new EditRow(claim.stored(), claim.id(), claim.local(), FIELD, "event " + from, where, who, why,
                now));
        String what = "analyst detached claim " + name(claim);
        decisions.insert(new DecisionRow(from, claim.id(), c.eventLocal(), MatchDecision.Kind.DETACH, null,
                what + " into " + (to == null ? CONTEXT : "new event " + to) + ": " + why, who, now));
        if (to != null) {
            decisions.insert(new DecisionRow(to, claim.id(), c.eventLocal(), MatchDecision.Kind.DETACH, null,
                    what + " out of event " + from + " into this: " + why, who, now));
        }
        refresher.refresh(from, now);
        if (to != null) {
            refresher.refresh(to, now);
        }
        return to;
    }

    /**
     * Undoes a detach: the claim returns to the event its report event is in now, and follows it again. An event
     * made of detached claims alone is retired when its last one leaves, as a split retires an emptied event.
     *
     * @return the event the claim is back on
     */
    public long reattach(Target claim, String who, String why, Instant now) {
        ClaimRow c = find(claim);
        if (!claims.detached(claim.id(), claim.local()).get(0)) {
            throw new IllegalArgumentException("claim " + name(claim) + " was not detached from its event");
        }
        List<Long> home = c.eventLocal() == null ? List.of()
                : reportEvents.ledgerEventOf(claim.id(), c.eventLocal());
        if (home.isEmpty() || home.get(0) == null) {
            throw new IllegalArgumentException("claim " + name(claim) + "'s report event is in no event");
        }
        long to = home.get(0);
        ActiveEvent.require(events, to);
        Long from = c.ledgerEventId();
        claims.place(claim.id(), claim.local(), to, false);
        edits.insert(new EditRow(claim.stored(), claim.id(), claim.local(), FIELD,
                from == null ? CONTEXT : "event " + from, "event " + to, who, why, now));
        String what = "analyst returned claim " + name(claim);
        decisions.insert(new DecisionRow(to, claim.id(), c.eventLocal(), MatchDecision.Kind.REATTACH, null,
                what + " from " + (from == null ? CONTEXT : "event " + from) + " to this: " + why, who, now));
        if (from != null && from != to) {
            decisions.insert(new DecisionRow(from, claim.id(), c.eventLocal(), MatchDecision.Kind.REATTACH, null,
                    what + " to event " + to + ": " + why, who, now));
            refresher.refresh(from, now);
        }
        refresher.refresh(to, now);
        return to;
    }

    private ClaimRow find(Target claim) {
        if (claim.kind() != Target.Kind.CLAIM) {
            throw new IllegalArgumentException("a claim is named REPORT/LOCAL, e.g. 7/c3");
        }
        List<ClaimRow> found = claims.find(claim.id(), claim.local());
        if (found.isEmpty()) {
            throw new NoSuchElementException("no claim " + name(claim));
        }
        return found.get(0);
    }

    private static String name(Target claim) {
        return claim.id() + "/" + claim.local();
    }
}
