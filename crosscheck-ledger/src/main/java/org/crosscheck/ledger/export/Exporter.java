package org.crosscheck.ledger.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.ExportFormat;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.ReportRef;
import org.crosscheck.ledger.consensus.EventRefresher;
import org.crosscheck.ledger.query.EventFinder;
import org.crosscheck.ledger.query.PartyFilter;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.ReportDao;
import org.crosscheck.ledger.store.Database;

/**
 * Writes every top-level ledger event matching a query (limit and offset ignored) in a format, with figures under
 * a policy: ACLED- or UCDP GED-style CSV, JSON or GeoJSON. Column names follow the published codebooks where a
 * column means the same thing, so existing scripts read the files; Crosscheck's own columns (claimants, contested,
 * source reports) come after them. An operation's incidents are folded into its row.
 */
public final class Exporter {
    /** An operation's incidents are followed this far down, at most. */
    private static final int MAX_FAMILY = 1000;

    private final ObjectMapper json;

    public Exporter(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the export; run inside {@link Database#stream}, so that the file is one consistent read. */
    public void export(Database db, ExportFormat format, EstimatePolicy policy, EventQuery q, Writer out)
            throws IOException {
        LedgerEventDao events = db.dao(LedgerEventDao.class);
        EventRefresher reconciler = new EventRefresher(db);
        ExportWriter writer = ExportWriter.of(format, out, json);
        for (long id : EventFinder.operations(db, q)) {
            List<Long> family = new ArrayList<>();
            family.add(id);
            for (int i = 0; i < family.size() && family.size() < MAX_FAMILY; i++) {
                family.addAll(events.children(family.get(i)));
            }
            if ((q.actor() != null || q.claimant() != null)
                    && !PartyFilter.anyPasses(db, family, q.actor(), q.claimant())) {
                continue;
            }
            LedgerEvent e = events.find(id).get(0);
            Reconciliation own = reconciler.reconciliation(id);
            List<Reconciliation> kids = new ArrayList<>();
            for (long k : family.subList(1, family.size())) {
                kids.add(reconciler.reconciliation(k));
            }
            List<ReportRef> reports = db.dao(ReportDao.class).citedBy(family);
            java.time.Instant updated = events.updatedAt(id);
            writer.write(ExportRow.of(e, own, kids, family.subList(1, family.size()), reports, policy,
                    updated == null ? null : updated.getEpochSecond()));
        }
        writer.end();
    }
}
