package org.crosscheck.ledger.store;

import java.util.List;
import org.crosscheck.ledger.MatchDecision;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code match_decision} table: why each report event is in its ledger event, by the matcher or an analyst. */
public interface MatchDecisionDao {
    @SqlUpdate("""
            INSERT INTO match_decision (ledger_event_id, report_id, event_local, decision, score, reasons, decided_by,
                decided_at)
            VALUES (:ledgerEventId, :reportId, :eventLocal, :decision, :score, :reasons, :decidedBy, :decidedAt)""")
    void insert(@BindMethods DecisionRow row);

    /** The decisions about one ledger event, with the names of their reports, in the order they were taken. */
    @SqlQuery("""
            SELECT d.id, d.ledger_event_id, d.report_id, r.name AS report_name, r.url AS report_url, d.event_local,
                d.decision, d.score, d.reasons, d.decided_by, d.decided_at
            FROM match_decision d LEFT JOIN report r ON r.id = d.report_id WHERE d.ledger_event_id = :event""")
    List<MatchDecision> of(@Bind("event") long ledgerEventId);
}
