package org.crosscheck.ledger.store;

import java.util.Collection;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/** The {@code report_person} table: the people each report names in full, to tie undated reports. */
public interface ReportPersonDao {
    @SqlBatch("INSERT INTO report_person (name_key, report_id) VALUES (:key, :report)")
    void insert(@Bind("key") Collection<String> nameKeys, @Bind("report") long reportId);
}
