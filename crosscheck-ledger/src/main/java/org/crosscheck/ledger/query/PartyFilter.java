package org.crosscheck.ledger.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.store.ActorAliasDao;
import org.crosscheck.ledger.store.EventPartyDao;
import org.crosscheck.ledger.store.PartyRole;
import org.crosscheck.model.NameKey;
import org.crosscheck.ledger.store.Database;

/**
 * The one filter by a party's name ({@code --actor}, {@code --claimant}, {@code ?actor=}, the exports): an event
 * passes when one of its actors (or claimants) has the name's key, or a canonical name the name is an alias of.
 * The aliases are looked up first: an OR over the alias table kept the index out and scanned every party row.
 */
public final class PartyFilter {
    /** Above this many events with a name, the name is checked per event in date order instead of first. */
    public static final int SELECTIVE_ROWS = 5_000;

    private final int selectiveRows;

    /** {@code selectiveRows}: see {@link #SELECTIVE_ROWS}; tests lower it to take each plan on small data. */
    public PartyFilter(int selectiveRows) {
        this.selectiveRows = selectiveRows;
    }

    /** The keys an event's party may have to pass a filter on {@code name}: its own and those it is an alias of. */
    public static Set<String> keys(Database db, String name) {
        Set<String> keys = new LinkedHashSet<>();
        String key = NameKey.of(name);
        keys.add(key);
        keys.addAll(db.dao(ActorAliasDao.class).namesOf(key));
        return keys;
    }

    /**
     * Adds the filter as a condition on {@code le}. A name held by few events is resolved first ({@code id IN},
     * on the index of role and name); a name held by many is checked per event ({@code EXISTS} on the primary key)
     * while the events are read in date order, so that the first page is found without collecting every event of
     * a common name.
     */
    void addTo(Sql sql, Database db, PartyRole role, String name) {
        Set<String> keys = keys(db, name);
        int rows = db.dao(EventPartyDao.class).count(role, keys, selectiveRows + 1);
        if (rows <= selectiveRows) {
            sql.add(" AND le.id IN (SELECT p.ledger_event_id FROM event_party p WHERE p.role = ? AND p.name_key IN (",
                    role.toString()).list(keys).add("))");
        } else {
            sql.add(" AND EXISTS (SELECT 1 FROM event_party p WHERE p.ledger_event_id = le.id AND p.role = ? "
                    + "AND p.name_key IN (", role.toString()).list(keys).add("))");
        }
    }

    /**
     * Whether one of {@code events} (an operation and its incidents, as the exports fold them into one row) passes
     * the filters on {@code actor} and {@code claimant} (null: no filter) together.
     */
    public static boolean anyPasses(Database db, List<Long> events, String actor, String claimant) {
        EventPartyDao parties = db.dao(EventPartyDao.class);
        Set<String> actors = actor == null ? null : keys(db, actor);
        Set<String> claimants = claimant == null ? null : keys(db, claimant);
        for (long id : events) {
            if ((actors == null || parties.countAmong(List.of(id), PartyRole.ACTOR, actors) > 0)
                    && (claimants == null || parties.countAmong(List.of(id), PartyRole.CLAIMANT, claimants) > 0)) {
                return true;
            }
        }
        return false;
    }
}
