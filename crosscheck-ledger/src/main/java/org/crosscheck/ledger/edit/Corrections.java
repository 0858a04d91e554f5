package org.crosscheck.ledger.edit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.Countries;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.consensus.ClaimConsensus;
import org.crosscheck.ledger.consensus.EventFields;
import org.crosscheck.ledger.consensus.EventRefresher;
import org.crosscheck.ledger.store.ClaimDao;
import org.crosscheck.ledger.store.ClaimRow;
import org.crosscheck.ledger.store.EditDao;
import org.crosscheck.ledger.store.EditRow;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.WireCodes;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;
import org.crosscheck.ledger.store.Database;

/**
 * Analysts' corrections of one field of an event or a claim. The extracted value stays; the correction is a new
 * version with who, when and why, and the event is recomputed with it. Runs inside the caller's transaction.
 */
public final class Corrections {
    /** ISO 3166-1 alpha-2 codes, as places and filters store them. */

    private final LedgerEventDao events;
    private final ClaimDao claims;
    private final EditDao edits;
    private final EventRefresher refresher;

    public Corrections(Database db) {
        events = db.dao(LedgerEventDao.class);
        claims = db.dao(ClaimDao.class);
        edits = db.dao(EditDao.class);
        refresher = new EventRefresher(db);
    }

    /**
     * Refuses, before anything is stored, a change without its author and reason, a field the target does not
     * have, and a value the field cannot hold.
     */
    public static void check(Target t, String field, String value, String who, String why) {
        requireAuthor(who, why);
        if (t.kind() == Target.Kind.EVENT && !EventFields.EDITABLE.contains(field)) {
            throw new IllegalArgumentException("an event's editable fields are " + EventFields.EDITABLE);
        }
        if (t.kind() == Target.Kind.CLAIM && !ClaimConsensus.EDITABLE.contains(field)) {
            throw new IllegalArgumentException("a claim's editable fields are " + ClaimConsensus.EDITABLE);
        }
        if (t.kind() == Target.Kind.REPORT) {
            throw new IllegalArgumentException("a report is not edited; edit its events or claims");
        }
        validate(field, value);
    }

    /** An analyst's change needs who made it and why. */
    public static void requireAuthor(String who, String why) {
        if (who == null || who.isBlank() || why == null || why.isBlank()) {
            throw new IllegalArgumentException("an analyst's change needs who and why");
        }
    }

    /** Stores a correction {@link #check checked} before, and recomputes the event it changes. */
    public void edit(Target t, String field, String value, String who, String why, Instant now) {
        Long eventId;
        String old;
        if (t.kind() == Target.Kind.EVENT) {
            LedgerEvent e = ActiveEvent.require(events, t.id());
            requireOrderedDates(e, field, value);
            eventId = e.id();
            old = EventFields.of(e).text(field);
        } else {
            List<ClaimRow> found = claims.find(t.id(), t.local());
            if (found.isEmpty()) {
                throw new NoSuchElementException("no claim " + t.id() + "/" + t.local());
            }
            eventId = found.get(0).ledgerEventId();
            List<String> last = edits.latest(t.stored(), field);
            old = last.isEmpty() ? column(found.get(0), field) : last.get(0);
        }
        edits.insert(new EditRow(t.stored(), t.kind() == Target.Kind.CLAIM ? t.id() : null, t.local(), field, old,
                value, who, why, now));
        if (eventId != null) {
            refresher.refresh(eventId, now);
        }
    }

    private static void validate(String field, String v) {
        if (v == null) {
            return;
        }
        try {
            switch (field) {
                case "start_date", "end_date" -> LocalDate.parse(v);
                case "latitude" -> within(Double.parseDouble(v), 90);
                case "longitude" -> within(Double.parseDouble(v), 180);
                case "country" -> {
                    Countries.Country c = Countries.of(v);
                    if (c == null || !c.iso2().equals(v)) {
                        throw new IllegalArgumentException("a country is an ISO 3166 code in capitals, such as YE");
                    }
                }
                case "geo_precision", "low_count", "high_count" -> Integer.parseInt(v);
                case "event_type" -> EventType.fromLabel(v);
                case "stance" -> oneOf(Stance.class, v, "stance is asserts or denies");
                case "outcome" -> oneOf(Outcome.class, v, "an outcome is one of " + List.of(Outcome.values()));
                default -> {
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + v + "' is not a valid " + field + ": " + e.getMessage(), e);
        }
    }

    /** A coordinate the map and JSON can carry: finite (no NaN or Infinity), at most {@code bound} either way. */
    private static void within(double v, double bound) {
        if (!Double.isFinite(v) || Math.abs(v) > bound) {
            throw new IllegalArgumentException("it must lie between -" + (int) bound + " and " + (int) bound);
        }
    }

    /** An event's dates stay in order: an end date before its start (or a start after its end) is refused. */
    private static void requireOrderedDates(LedgerEvent e, String field, String value) {
        if (value == null) {
            return;
        }
        if (field.equals("end_date") && e.startDate() != null && LocalDate.parse(value).isBefore(e.startDate())) {
            throw new IllegalArgumentException("end date " + value + " is before the start date " + e.startDate());
        }
        if (field.equals("start_date") && e.endDate() != null && LocalDate.parse(value).isAfter(e.endDate())) {
            throw new IllegalArgumentException("start date " + value + " is after the end date " + e.endDate());
        }
    }

    private static <E extends Enum<E>> void oneOf(Class<E> type, String v, String message) {
        try {
            WireCodes.parse(type, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(message, e);
        }
    }

    /** A claim's stored value of an editable field, as an edit writes values. */
    private static String column(ClaimRow c, String field) {
        Object v = switch (field) {
            case "claimant" -> c.claimant();
            case "via" -> c.via();
            case "stance" -> c.stance();
            case "outcome" -> c.outcome();
            case "victims" -> c.victims();
            case "low_count" -> c.lowCount();
            case "high_count" -> c.highCount();
            case "vague" -> c.vague();
            case "count_text" -> c.countText();
            default -> throw new IllegalArgumentException("a claim's editable fields are " + ClaimConsensus.EDITABLE);
        };
        return v == null ? null : v.toString();
    }
}
