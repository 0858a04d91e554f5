package org.crosscheck.ledger.store;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The {@code event_party} table: the name keys of each ledger event's parties (role "actor") and claimants
 * ("claimant"), for the {@code --actor} and {@code --claimant} filters.
 */
public interface EventPartyDao extends SqlObject {
    @SqlUpdate("DELETE FROM event_party WHERE ledger_event_id = :event")
    void clear(@Bind("event") long ledgerEventId);

    /** One party of an event: a name key in a role. */
    record Party(PartyRole role, String nameKey) {
    }

    /** The event's parties, in one batch bound by position (see {@link Batch}). */
    default void insert(long ledgerEventId, List<Party> parties) {
        Batch.insert(getHandle(), "INSERT INTO event_party (ledger_event_id, role, name_key) VALUES (?,?,?)", parties,
                (p, ps) -> {
                    ps.setLong(1, ledgerEventId);
                    ps.setString(2, p.role().toString());
                    ps.setString(3, p.nameKey());
                });
    }

    @SqlQuery("SELECT name_key FROM event_party WHERE ledger_event_id = :event AND role = :role")
    List<String> keysOf(@Bind("event") long ledgerEventId, @Bind("role") PartyRole role);

    /** How many rows hold one of the keys in a role, counted up to {@code cap} (a literal: it bounds the scan). */
    @SqlQuery("""
            SELECT COUNT(*) FROM (SELECT 1 FROM event_party p WHERE p.role = :role AND p.name_key IN (<keys>)
                LIMIT <cap>) t""")
    int count(@Bind("role") PartyRole role, @BindList("keys") Collection<String> keys, @Define("cap") int cap);

    /** Whether any of the events holds one of the keys in a role. */
    @SqlQuery("""
            SELECT COUNT(*) FROM event_party WHERE ledger_event_id IN (<events>) AND role = :role
            AND name_key IN (<keys>)""")
    int countAmong(@BindList("events") Collection<Long> ledgerEventIds, @Bind("role") PartyRole role,
                   @BindList("keys") Collection<String> keys);
}
