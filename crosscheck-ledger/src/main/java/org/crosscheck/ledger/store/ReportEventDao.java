package org.crosscheck.ledger.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.MaxRows;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code report_event} table: each report's own events, and which ledger event each is evidence for. */
public interface ReportEventDao {
    /** Undated candidates found through one name are capped: a name in thousands of reports proves little. */
    int MAX_NAMED_CANDIDATES = 1000;

    /** The columns of a report event that matching compares, on {@code re}. */
    String MATCHED = "re.report_id, re.local_id, re.ledger_event_id, re.event_type, re.sub_event_type, re.start_date, "
            + "re.end_date, re.time_precision, re.place_name, re.place_keys, re.latitude, re.longitude, re.country, "
            + "re.admin1, re.admin2, re.geo_precision, re.actor_keys";

    /** Report events joined to their ledger events and to the people their reports name. */
    String BY_PERSON = "ledger_event le JOIN report_event re ON re.ledger_event_id = le.id "
            + "JOIN report_person rp ON rp.report_id = re.report_id ";

    /** The columns of a report event that an event's consensus reads, on {@code re}. */
    String SHOWN = "re.report_id, re.local_id, re.event_type, re.sub_event_type, re.start_date, re.end_date, "
            + "re.time_precision, re.place_name, re.latitude, re.longitude, re.country, re.admin1, re.admin2, "
            + "re.geo_precision, re.actor_names, re.actor_keys";

    /**
     * A report event in an active ledger event, as a match candidate: the ledger event's operation
     * ({@code parentId}) and, when found through a person, the person's key both reports name. The row holds the
     * columns matching compares ({@link #MATCHED}); the others are null.
     */
    record Candidate(@Nested ReportEventRow row, Long parentId, String nameKey) {
    }

    @SqlUpdate("""
            INSERT INTO report_event (report_id, local_id, ledger_event_id, parent_local, event_type, sub_event_type,
                time_start, time_end, start_date, end_date, time_precision, place_name, place_keys, latitude,
                longitude, country, admin1, admin2, geo_precision, actor_names, actor_keys)
            VALUES (:reportId, :localId, :ledgerEventId, :parentLocal, :eventType, :subEventType, :timeStart,
                :timeEnd, :startDate, :endDate, :timePrecision, :placeName, :placeKeys, :latitude, :longitude,
                :country, :admin1, :admin2, :geoPrecision, :actorNames, :actorKeys)""")
    void insert(@BindMethods ReportEventRow row);

    /** Report events of active ledger events that start in [from, to] and end on or after {@code endsFrom}. */
    @SqlQuery("SELECT " + MATCHED + ", le.parent_id, NULL AS name_key FROM ledger_event le "
            + "JOIN report_event re ON re.ledger_event_id = le.id "
            + "WHERE le.active = TRUE AND le.start_date BETWEEN :from AND :to AND le.end_date >= :endsFrom")
    List<Candidate> dated(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
                          @Bind("endsFrom") LocalDate endsFrom);

    /**
     * Report events of active ledger events whose reports (other than {@code report}) name one of {@code persons};
     * one row per shared name, newest events first.
     */
    @SqlQuery("SELECT " + MATCHED + ", le.parent_id, rp.name_key FROM " + BY_PERSON
            + "WHERE le.active = TRUE AND rp.name_key IN (<persons>) AND rp.report_id <> :report ORDER BY le.id DESC")
    @MaxRows(MAX_NAMED_CANDIDATES)
    List<Candidate> named(@BindList("persons") Collection<String> persons, @Bind("report") long reportId);

    /** As {@link #named}, among undated ledger events only. */
    @SqlQuery("SELECT " + MATCHED + ", le.parent_id, rp.name_key FROM " + BY_PERSON
            + "WHERE le.active = TRUE AND le.start_date IS NULL AND rp.name_key IN (<persons>) "
            + "AND rp.report_id <> :report ORDER BY le.id DESC")
    @MaxRows(MAX_NAMED_CANDIDATES)
    List<Candidate> namedUndated(@BindList("persons") Collection<String> persons, @Bind("report") long reportId);

    /** Every report event of a ledger event ({@link #SHOWN}), with its report's standing. */
    @SqlQuery("SELECT " + SHOWN + ", r.is_current, r.duplicate_of "
            + "FROM report_event re JOIN report r ON r.id = re.report_id WHERE re.ledger_event_id = :event")
    List<EventAccount> accounts(@Bind("event") long ledgerEventId);

    @SqlQuery("SELECT actor_keys FROM report_event WHERE ledger_event_id = :event")
    List<String> actorKeys(@Bind("event") long ledgerEventId);

    @SqlQuery("SELECT local_id FROM report_event WHERE ledger_event_id = :event AND report_id = :report")
    List<String> localIds(@Bind("event") long ledgerEventId, @Bind("report") long reportId);

    @SqlQuery("""
            SELECT DISTINCT ledger_event_id FROM report_event
            WHERE report_id = :report AND ledger_event_id IS NOT NULL""")
    List<Long> ledgerEvents(@Bind("report") long reportId);

    @SqlUpdate("UPDATE report_event SET ledger_event_id = :to WHERE ledger_event_id = :from")
    void moveAll(@Bind("from") long fromEvent, @Bind("to") long toEvent);

    @SqlUpdate("UPDATE report_event SET ledger_event_id = :to WHERE report_id = :report AND local_id = :local")
    void move(@Bind("report") long reportId, @Bind("local") String localId, @Bind("to") long toEvent);

    /**
     * The report events of the claims an analyst detached onto a ledger event from another: an event made of
     * detached claims is typed, dated and placed from them. One row per claim; callers keep each report event once.
     */
    @SqlQuery("SELECT " + SHOWN + ", r.is_current, r.duplicate_of FROM claim c "
            + "JOIN report_event re ON re.report_id = c.report_id AND re.local_id = c.event_local "
            + "JOIN report r ON r.id = re.report_id WHERE c.ledger_event_id = :event AND c.detached = TRUE "
            + "AND (re.ledger_event_id IS NULL OR re.ledger_event_id <> :event)")
    List<EventAccount> detachedAccounts(@Bind("event") long ledgerEventId);

    /** The ledger event a report event is in now (none or one). */
    @SqlQuery("SELECT ledger_event_id FROM report_event WHERE report_id = :report AND local_id = :local")
    List<Long> ledgerEventOf(@Bind("report") long reportId, @Bind("local") String localId);
}
