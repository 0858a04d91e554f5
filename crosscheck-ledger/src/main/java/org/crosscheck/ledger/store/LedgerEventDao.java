package org.crosscheck.ledger.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.EventType;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.MaxRows;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code ledger_event} table: incidents across reports, their operations, and what they show. */
public interface LedgerEventDao {
    /**
     * The longest event, in days, that date-range reads find: match candidates and the events list bound the start
     * date from both sides, so that the date index is range-scanned.
     */
    int MAX_EVENT_DAYS = 31;

    /** The columns of a {@link LedgerEvent}, on {@code le}. */
    String COLUMNS = "le.id, le.parent_id, le.event_type, le.sub_event_type, le.start_date, le.end_date, "
            + "le.time_precision, le.country, le.admin1, le.admin2, le.location, le.latitude, le.longitude, "
            + "le.geo_precision, le.actor1, le.actor2, le.contested, le.report_count, le.claim_count";

    /** A new, still empty ledger event: its type and dates until its first report is counted in. */
    @SqlUpdate("""
            INSERT INTO ledger_event (parent_id, event_type, sub_event_type, start_date, end_date, contested,
                report_count, claim_count, active, created_at, updated_at)
            VALUES (:parent, :type, :subType, :start, :end, FALSE, 0, 0, TRUE, :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("parent") Long parentId, @Bind("type") EventType type, @Bind("subType") String subType,
                @Bind("start") LocalDate start, @Bind("end") LocalDate end, @Bind("now") Instant now);

    /** One ledger event, active or not. */
    /** When an event last changed (an ingest, an edit, a merge), or null when there is none with this id. */
    @SqlQuery("SELECT updated_at FROM ledger_event WHERE id = :id")
    java.time.Instant updatedAt(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM ledger_event le WHERE le.id = :id")
    List<LedgerEvent> find(@Bind("id") long id);

    /** Whether the event is one of the ledger's own: none when it is missing, merged or emptied by a split. */
    @SqlQuery("SELECT 1 FROM ledger_event WHERE id = :id AND active = TRUE")
    @MaxRows(1)
    List<Integer> active(@Bind("id") long id);

    /** The event an inactive event was merged into; null in the list when a split emptied it instead. */
    @SqlQuery("SELECT merged_into FROM ledger_event WHERE id = :id")
    List<Long> mergedInto(@Bind("id") long id);

    /** What a ledger event shows, recomputed from its reports, claims and edits. */
    @SqlUpdate("""
            UPDATE ledger_event SET event_type = :eventType, sub_event_type = :subEventType, start_date = :startDate,
                end_date = :endDate, time_precision = :timePrecision, country = :country, admin1 = :admin1,
                admin1_key = :admin1Key, admin2 = :admin2, location = :location, latitude = :latitude,
                longitude = :longitude,
                geo_precision = :geoPrecision, actor1 = :actor1, actor2 = :actor2, contested = :contested,
                report_count = :reportCount, claim_count = :claimCount, updated_at = :updatedAt
            WHERE id = :id""")
    void update(@BindMethods EventUpdate update);

    /** No report is left in the event: it stays as a record, inactive. */
    @SqlUpdate("""
            UPDATE ledger_event SET active = FALSE, report_count = 0, claim_count = 0, updated_at = :now
            WHERE id = :id""")
    void empty(@Bind("id") long id, @Bind("now") Instant now);

    /** Merged into {@code kept}: inactive, pointing to it. */
    @SqlUpdate("UPDATE ledger_event SET active = FALSE, merged_into = :kept, updated_at = :now WHERE id = :id")
    void mergeInto(@Bind("id") long id, @Bind("kept") long kept, @Bind("now") Instant now);

    @SqlUpdate("UPDATE ledger_event SET parent_id = :parent WHERE id = :id")
    void setParent(@Bind("id") long id, @Bind("parent") long parentId);

    /** {@code id} takes the operation {@code other} belongs to (none when it belongs to none). */
    @SqlUpdate("UPDATE ledger_event SET parent_id = (SELECT parent_id FROM ledger_event WHERE id = :other) WHERE id = :id")
    void takeParentOf(@Bind("id") long id, @Bind("other") long other);

    /** The incidents of operation {@code from}, except {@code to} itself, become incidents of {@code to}. */
    @SqlUpdate("UPDATE ledger_event SET parent_id = :to WHERE parent_id = :from AND id <> :to")
    void moveChildren(@Bind("from") long from, @Bind("to") long to);

    /** The event (when not null) and every operation above it. */
    default Set<Long> ancestors(Long id) {
        Set<Long> out = new HashSet<>();
        Long cur = id;
        while (cur != null && out.add(cur)) {
            List<Long> p = parent(cur);
            cur = p.isEmpty() ? null : p.get(0);
        }
        return out;
    }

    @SqlQuery("SELECT parent_id FROM ledger_event WHERE id = :id")
    List<Long> parent(@Bind("id") long id);

    /** Whether the event is an operation: it has an active incident. */
    default boolean hasChildren(long id) {
        return !anyChild(id).isEmpty();
    }

    @SqlQuery("SELECT 1 FROM ledger_event WHERE parent_id = :id AND active = TRUE")
    @MaxRows(1)
    List<Integer> anyChild(@Bind("id") long id);

    /**
     * Which of {@code ids} are operations (have an active incident), in one query: matching and refreshing ask it
     * of every event one report touches, and a query each cost more in statement overhead than in the lookup.
     */
    @SqlQuery("SELECT DISTINCT parent_id FROM ledger_event WHERE parent_id IN (<ids>) AND active = TRUE")
    List<Long> operationsAmong(@BindList("ids") Collection<Long> ids);

    /** The active incidents of an operation. */
    @SqlQuery("SELECT id FROM ledger_event WHERE parent_id = :id AND active = TRUE")
    List<Long> children(@Bind("id") long id);

    /**
     * Whether the matcher may join two ledger events that one report event matches: they are parts of the same
     * operation (or of none), no report tells of both (a report's own events are distinct incidents), and no
     * analyst has split, merged or edited either (an analyst's decision stands).
     */
    default boolean bridgeable(long a, long b) {
        return countBridgeable(a, b, EditRow.eventTarget(a), EditRow.eventTarget(b)) > 0;
    }

    @SqlQuery("""
            SELECT COUNT(*) FROM ledger_event x JOIN ledger_event y
                ON (x.parent_id = y.parent_id OR x.parent_id IS NULL AND y.parent_id IS NULL)
            WHERE x.id = :a AND y.id = :b AND x.active = TRUE AND y.active = TRUE
            AND NOT EXISTS (SELECT 1 FROM report_event ra JOIN report_event rb ON ra.report_id = rb.report_id
                WHERE ra.ledger_event_id = x.id AND rb.ledger_event_id = y.id)
            AND NOT EXISTS (SELECT 1 FROM match_decision d WHERE d.ledger_event_id IN (x.id, y.id)
                AND d.decided_by <> 'matcher')
            AND NOT EXISTS (SELECT 1 FROM edit e WHERE e.target IN (:targetA, :targetB))""")
    long countBridgeable(@Bind("a") long a, @Bind("b") long b, @Bind("targetA") String targetA,
                    @Bind("targetB") String targetB);
}
