package org.crosscheck.ledger.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.MaxRows;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code edit} table: analysts' corrections, each a new version of one field; the extraction stays. */
public interface EditDao {
    @SqlUpdate("""
            INSERT INTO edit (target, report_id, local_id, field, old_value, new_value, who, why, edited_at)
            VALUES (:target, :reportId, :localId, :field, :oldValue, :newValue, :who, :why, :editedAt)""")
    void insert(@BindMethods EditRow row);

    /** Whether any correction exists: an ingest into a ledger no analyst has touched skips every lookup of them. */
    @SqlQuery("SELECT 1 FROM edit")
    @MaxRows(1)
    List<Integer> any();

    /** The corrections of one record, oldest first. */
    @SqlQuery("SELECT * FROM edit WHERE target = :target ORDER BY id")
    List<EditRow> of(@Bind("target") String target);

    /** The latest correction of one field, if any. */
    @SqlQuery("SELECT new_value FROM edit WHERE target = :target AND field = :field ORDER BY id DESC")
    @MaxRows(1)
    List<String> latest(@Bind("target") String target, @Bind("field") String field);

    /** The corrections of the claims of a ledger event, oldest first. */
    @SqlQuery("""
            SELECT e.* FROM edit e JOIN claim c ON c.report_id = e.report_id AND c.local_id = e.local_id
            WHERE c.ledger_event_id = :event ORDER BY e.id""")
    List<EditRow> ofClaimsOf(@Bind("event") long ledgerEventId);

    /** The corrections of one report's claims, in the order they were made. */
    @SqlQuery("SELECT e.* FROM edit e WHERE e.report_id = :report AND e.local_id IS NOT NULL ORDER BY e.id")
    List<EditRow> ofClaimsOfReport(@Bind("report") long reportId);
}
