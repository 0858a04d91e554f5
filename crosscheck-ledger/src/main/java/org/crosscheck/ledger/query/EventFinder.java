package org.crosscheck.ledger.query;

import java.util.List;
import java.util.Locale;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.PartyRole;
import org.crosscheck.ledger.store.Database;
import org.crosscheck.model.NameKey;

/**
 * The ledger's filtered reads: a page of events for the list, and the operations an export writes. The SQL is
 * literal and shaped for H2's planner (see docs/LEDGER.md, "The events query"); PostgreSQL runs it as well.
 */
public final class EventFinder {
    private final PartyFilter parties;

    public EventFinder(PartyFilter parties) {
        this.parties = parties;
    }

    /** Active ledger events matching the query, newest first, one page. */
    public List<LedgerEvent> events(Database db, EventQuery q) {
        Sql sql = new Sql("SELECT " + LedgerEventDao.COLUMNS + " FROM ledger_event le WHERE le.active = TRUE");
        placeAndDate(q, sql);
        if (q.from() != null) {
            // Bound the other side too, so the date index is range-scanned from both ends.
            sql.add(" AND le.start_date >= ?", q.from().minusDays(LedgerEventDao.MAX_EVENT_DAYS));
        }
        if (q.actor() != null) {
            parties.addTo(sql, db, PartyRole.ACTOR, q.actor());
        }
        if (q.claimant() != null) {
            parties.addTo(sql, db, PartyRole.CLAIMANT, q.claimant());
        }
        // Newest first. A column held equal by a filter leads the ORDER BY (it changes no order): H2 then reads
        // that column's index, already in date order, and stops at the page, where it otherwise read and sorted
        // every matching event (an admin1 held by all 100,000 events took 0.4-1.4 s).
        String lead = q.admin1() != null ? "le.admin1_key DESC, " : q.country() != null ? "le.country DESC, "
                : q.contested() != null && q.from() == null && q.to() == null ? "le.contested DESC, " : "";
        sql.add(" ORDER BY " + lead + "le.start_date DESC, le.id DESC LIMIT ? OFFSET ?", q.limit(), q.offset());
        return sql.query(db.handle()).mapTo(LedgerEvent.class).list();
    }

    /**
     * The top-level events an export writes for the query's dates, places and contest (earliest first); its actor
     * and claimant are checked per operation with its incidents ({@link PartyFilter#anyPasses}).
     */
    public static List<Long> operations(Database db, EventQuery q) {
        Sql sql = new Sql("SELECT le.id FROM ledger_event le WHERE le.active = TRUE AND le.parent_id IS NULL");
        placeAndDate(q, sql);
        sql.add(" ORDER BY le.start_date, le.id");
        return sql.query(db.handle()).mapTo(Long.class).list();
    }

    /** The query's date, country, province and contested filters, as conditions on {@code le}. */
    private static void placeAndDate(EventQuery q, Sql sql) {
        if (q.from() != null) {
            sql.add(" AND le.end_date >= ?", q.from());
        }
        if (q.to() != null) {
            sql.add(" AND le.start_date <= ?", q.to());
        }
        if (q.country() != null) {
            // Stored country codes are ISO 3166 upper case; comparing the bare column keeps its index usable.
            sql.add(" AND le.country = ?", q.country().strip().toUpperCase(Locale.ROOT));
        }
        if (q.admin1() != null) {
            // Compared under the name key, as the API's index compares it; the keyed column has its own index.
            sql.add(" AND le.admin1_key = ?", NameKey.of(q.admin1()));
        }
        if (q.contested() != null) {
            sql.add(" AND le.contested = ?", q.contested());
        }
    }
}
