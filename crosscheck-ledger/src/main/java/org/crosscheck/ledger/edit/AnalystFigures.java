package org.crosscheck.ledger.edit;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.AnalystFigure;
import org.crosscheck.ledger.consensus.EventRefresher;
import org.crosscheck.ledger.store.AnalystFigureDao;
import org.crosscheck.ledger.store.Database;
import org.crosscheck.model.NameKey;
import org.crosscheck.model.Outcome;

/**
 * An analyst's own figure for an event, stored as the analyst's claim with its reason and never among the reported
 * ones. A new figure for the same outcome and victims withdraws the one before it; {@link #withdraw} takes one back
 * (the undo). Runs inside the caller's transaction.
 */
public final class AnalystFigures {
    /** Figures above this are refused as typing errors: no single event in any conflict dataset comes near it. */
    static final int MAX_FIGURE = 10_000_000;

    private final AnalystFigureDao figures;
    private final Database db;

    public AnalystFigures(Database db) {
        this.db = db;
        figures = db.dao(AnalystFigureDao.class);
    }

    /** Refuses, before anything is stored, a figure without author and reason, or one no count can be. */
    public static void check(Outcome outcome, String victims, int figure, String who, String why) {
        Corrections.requireAuthor(who, why);
        if (outcome == null) {
            throw new IllegalArgumentException("an analyst's figure needs an outcome, one of "
                    + List.of(Outcome.values()));
        }
        if (figure < 0 || figure > MAX_FIGURE) {
            throw new IllegalArgumentException("an analyst's figure is a count from 0 to " + MAX_FIGURE);
        }
        if (victims != null && victims.length() > 500) {
            throw new IllegalArgumentException("victims are named in at most 500 characters");
        }
    }

    /**
     * Stores an analyst's figure for an active event, withdrawing the analyst figure it replaces (same outcome and
     * victims), and recomputes the event's stored figures.
     *
     * @return the new figure's id
     */
    public long set(long eventId, Outcome outcome, String victims, int figure, String who, String why,
                    Instant now) {
        ActiveEvent.require(db.dao(org.crosscheck.ledger.store.LedgerEventDao.class), eventId);
        String named = victims == null || victims.isBlank() ? null : victims.strip();
        String key = named == null ? null : NameKey.of(named);
        long id = figures.insert(eventId, outcome, named, key, figure, who, why, now);
        for (AnalystFigure f : figures.of(eventId)) {
            if (f.id() != id && f.active() && f.outcome() == outcome && java.util.Objects.equals(f.victimsKey(), key)) {
                figures.withdraw(f.id(), who, "replaced by analyst figure " + id, now);
            }
        }
        new EventRefresher(db).refresh(eventId, now);
        return id;
    }

    /** Takes an analyst's figure back; it stays in the event's history. @return the event it was about */
    public long withdraw(long figureId, String who, String why, Instant now) {
        AnalystFigure f = figures.find(figureId).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no analyst figure " + figureId));
        if (figures.withdraw(figureId, who, why, now) == 0) {
            throw new IllegalArgumentException("analyst figure " + figureId + " was withdrawn already");
        }
        new EventRefresher(db).refresh(f.ledgerEventId(), now);
        return f.ledgerEventId();
    }
}
