package org.crosscheck.ledger.store;

import org.crosscheck.ledger.Ledger;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the store holds, over all tables: for tests, benchmarks and the crash check. */
public interface Counts {
    @SqlQuery("""
            SELECT (SELECT COUNT(*) FROM report) AS reports, (SELECT COUNT(*) FROM report_event) AS report_events,
                (SELECT COUNT(*) FROM claim) AS claims,
                (SELECT COUNT(*) FROM ledger_event WHERE active = TRUE) AS ledger_events,
                (SELECT COUNT(DISTINCT body_hash) FROM report) AS distinct_bodies""")
    Ledger.Stats stats();
}
