package org.crosscheck.ledger.store;

import java.time.Instant;
import java.util.List;
import org.crosscheck.ledger.DetachedClaim;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code claim} table: each report's claims, and which ledger event each counts for. */
public interface ClaimDao extends SqlObject {
    /** A claim as extracted, with its report's name and when it was stored, for its history. */
    record Extracted(Instant ingestedAt, String reportName, @Nested ClaimRow claim) {
    }

    /** New claims, in one batch bound by position (see {@link Batch}). */
    default void insert(List<ClaimRow> rows) {
        Batch.insert(getHandle(), """
                INSERT INTO claim (report_id, local_id, event_local, ledger_event_id, claimant, claimant_key,
                    claimant_keys, claimant_kind, via, stance, kind, outcome, victims, victims_key, victims_kind,
                    low_count, high_count, vague, count_text, object_text, refutes, evidence, counted, victims_named)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", rows, (c, ps) -> {
                Object[] values = {c.reportId(), c.localId(), c.eventLocal(), c.ledgerEventId(), c.claimant(),
                    c.claimantKey(), c.claimantKeys(), c.claimantKind(), c.via(), c.stance(), c.kind(), c.outcome(),
                    c.victims(), c.victimsKey(), c.victimsKind(), c.lowCount(), c.highCount(), c.vague(),
                    c.countText(), c.objectText(), c.refutes(), c.evidence(), c.counted(), c.victimsNamed()};
                int[] types = {Batch.BIGINT, Batch.TEXT, Batch.TEXT, Batch.BIGINT, Batch.TEXT, Batch.TEXT, Batch.TEXT,
                    Batch.TEXT, Batch.TEXT, Batch.TEXT, Batch.TEXT, Batch.TEXT, Batch.TEXT, Batch.TEXT, Batch.TEXT,
                    Batch.INT, Batch.INT, Batch.BOOL, Batch.TEXT, Batch.TEXT, Batch.TEXT, Batch.TEXT, Batch.BOOL,
                    Batch.TEXT};
                for (int i = 0; i < values.length; i++) {
                    Batch.set(ps, i + 1, values[i], types[i]);
                }
            });
    }

    /** A newer version of the report is stored: its claims stop counting. */
    @SqlUpdate("UPDATE claim SET counted = FALSE WHERE report_id = :report")
    void uncount(@Bind("report") long reportId);

    /** Every claim about a ledger event, counted or not (a copy's, a superseded version's). */
    @SqlQuery("SELECT c.* FROM claim c WHERE c.ledger_event_id = :event")
    List<ClaimRow> about(@Bind("event") long ledgerEventId);

    /** Every claim of one report. */
    @SqlQuery("SELECT c.* FROM claim c WHERE c.report_id = :report ORDER BY c.local_id")
    List<ClaimRow> ofReport(@Bind("report") long reportId);

    @SqlQuery("SELECT c.* FROM claim c WHERE c.report_id = :report AND c.local_id = :local")
    List<ClaimRow> find(@Bind("report") long reportId, @Bind("local") String localId);

    @SqlQuery("""
            SELECT r.ingested_at, r.name AS report_name, c.* FROM claim c JOIN report r ON r.id = c.report_id
            WHERE c.report_id = :report AND c.local_id = :local""")
    List<Extracted> extracted(@Bind("report") long reportId, @Bind("local") String localId);

    @SqlUpdate("UPDATE claim SET ledger_event_id = :to WHERE ledger_event_id = :from")
    void moveAll(@Bind("from") long fromEvent, @Bind("to") long toEvent);

    /** The claims about one report event move with it, but those an analyst detached stay where they were put. */
    @SqlUpdate("""
            UPDATE claim SET ledger_event_id = :to
            WHERE report_id = :report AND event_local = :local AND detached = FALSE""")
    void moveWith(@Bind("report") long reportId, @Bind("local") String eventLocal, @Bind("to") long toEvent);

    /**
     * An analyst puts a claim on {@code toEvent} (its report's context when null): {@code detached} keeps it there
     * when its report event moves; false returns it to following its report event.
     */
    @SqlUpdate("""
            UPDATE claim SET ledger_event_id = :to, detached = :detached
            WHERE report_id = :report AND local_id = :local""")
    void place(@Bind("report") long reportId, @Bind("local") String localId, @Bind("to") Long toEvent,
               @Bind("detached") boolean detached);

    /** Whether an analyst detached the claim from its report's event. */
    @SqlQuery("SELECT detached FROM claim WHERE report_id = :report AND local_id = :local")
    List<Boolean> detached(@Bind("report") long reportId, @Bind("local") String localId);

    /**
     * The claims an analyst detached that concern a ledger event: those detached onto it, and those whose report
     * event is in it but that were put elsewhere.
     */
    @SqlQuery("""
            SELECT c.report_id, c.local_id, c.ledger_event_id, re.ledger_event_id AS home_event_id, c.claimant,
                c.count_text, c.object_text, c.outcome, COALESCE(c.victims_named, c.victims) AS victims
            FROM claim c LEFT JOIN report_event re ON re.report_id = c.report_id AND re.local_id = c.event_local
            WHERE c.detached = TRUE AND (c.ledger_event_id = :event OR re.ledger_event_id = :event)
            ORDER BY c.report_id, c.local_id""")
    List<DetachedClaim> detachedAbout(@Bind("event") long ledgerEventId);
}
