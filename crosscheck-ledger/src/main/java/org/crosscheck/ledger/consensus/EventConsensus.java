package org.crosscheck.ledger.consensus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.store.EditRow;
import org.crosscheck.ledger.store.EventAccount;
import org.crosscheck.ledger.store.ReportEventRow;
import org.crosscheck.model.EventType;
import org.crosscheck.model.NameKey;

/**
 * What a ledger event shows, drawn from its reports' accounts: a pure function, so that each field's rule reads
 * in one place. The reports that count are the current versions (all of them when none is); among them the
 * most frequent value wins, ties going to the report stored first. Stateless; thread-safe.
 */
public final class EventConsensus {
    private EventConsensus() {
    }

    /**
     * The event's fields from its accounts (sorted by report and event), then its edits applied in order.
     *
     * <ul>
     *   <li>type: the most frequent; sub-type: the most frequent among accounts of that type;</li>
     *   <li>start: the most frequent date given; end: the most frequent among accounts starting that day, never
     *       before the start; precision: the finest among those accounts;</li>
     *   <li>place: the account with a place, the finest precision, coordinates, from no copy, in that order;</li>
     *   <li>actor1: the name most often first; actor2: the most frequent other name.</li>
     * </ul>
     */
    public static EventFields fields(List<EventAccount> accounts, List<EditRow> edits) {
        List<EventAccount> use = counting(accounts);
        List<ReportEventRow> rows = use.stream().map(EventAccount::row).toList();
        ReportEventRow place = use.stream().min(Comparator
                .comparing((EventAccount a) -> a.row().placeName() == null ? 1 : 0)
                .thenComparing(a -> a.row().geoPrecision() == null ? 9 : a.row().geoPrecision())
                .thenComparing(a -> a.row().latitude() == null ? 1 : 0)
                .thenComparing(a -> a.duplicate() ? 1 : 0)).map(EventAccount::row).orElseThrow();
        EventType type = mode(rows.stream().map(ReportEventRow::eventType).toList());
        String subType = mode(rows.stream().filter(r -> type == r.eventType()).map(ReportEventRow::subEventType)
                .filter(Objects::nonNull).toList());
        LocalDate start = mode(rows.stream().map(ReportEventRow::startDate).filter(Objects::nonNull).toList());
        List<ReportEventRow> fromStart = rows.stream().filter(r -> r.startDate() != null && r.startDate().equals(start))
                .toList();
        LocalDate end = mode(fromStart.stream().map(ReportEventRow::endDate).filter(Objects::nonNull).toList());
        if (end == null || start != null && end.isBefore(start)) {
            end = start;
        }
        DatePrecision precision = null;
        for (ReportEventRow r : fromStart) {
            precision = DatePrecision.finer(precision, r.timePrecision());
        }
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> any = new LinkedHashMap<>();
        for (EventAccount a : use) {
            List<String> actors = a.actors();
            for (int i = 0; i < actors.size(); i++) {
                if (i == 0) {
                    first.merge(actors.get(0), 1, Integer::sum);
                }
                any.merge(actors.get(i), 1, Integer::sum);
            }
        }
        String actor1 = first.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        String actor2 = any.entrySet().stream().filter(e -> !e.getKey().equals(actor1))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        EventFields f = new EventFields(type, subType, start, end, precision, place.country(), place.admin1(),
                place.admin2(), place.placeName(), place.latitude(), place.longitude(), place.geoPrecision(), actor1,
                actor2);
        for (EditRow e : edits) {
            f = f.with(e.field(), e.newValue());
        }
        return f;
    }

    /** How many reports tell of the event: current versions that are no copies, each report once. */
    public static int reportCount(List<EventAccount> accounts) {
        return (int) accounts.stream().filter(a -> a.isCurrent() && !a.duplicate()).map(a -> a.row().reportId())
                .distinct().count();
    }

    /** Every name key of the event's actors in any account, for the actor filter and for who is a party. */
    public static Set<String> actorKeys(List<EventAccount> accounts) {
        Set<String> keys = new LinkedHashSet<>();
        accounts.forEach(a -> keys.addAll(a.actorKeys()));
        return keys;
    }

    /** The keys the actor filter finds the event by: every account's actors, and its actors as shown. */
    public static Set<String> actorParty(List<EventAccount> accounts, EventFields fields) {
        Set<String> keys = actorKeys(accounts);
        for (String a : new String[] {fields.actor1(), fields.actor2()}) {
            if (a != null) {
                keys.add(NameKey.of(a));
            }
        }
        keys.removeIf(String::isBlank);
        return keys;
    }

    private static List<EventAccount> counting(List<EventAccount> accounts) {
        List<EventAccount> current = accounts.stream().filter(EventAccount::isCurrent).toList();
        return current.isEmpty() ? accounts : current;
    }

    /** The most frequent value; ties go to the first seen (reports in the order they were stored). */
    static <T> T mode(List<T> values) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        T best = null;
        int n = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
