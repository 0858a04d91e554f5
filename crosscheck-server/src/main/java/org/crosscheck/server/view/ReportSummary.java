package org.crosscheck.server.view;

import java.time.LocalDate;
import org.crosscheck.ledger.StoredReport;

/** A report as the reports list shows it: header fields, its place among copies, and its length. Immutable. */
public record ReportSummary(long id, String name, String title, String outlet, String url, LocalDate published,
                            boolean current, Long duplicateOf, int chars) {
    public static ReportSummary of(StoredReport r) {
        return new ReportSummary(r.id(), r.name(), r.title(), r.outlet(), r.url(), r.published(), r.current(),
                r.duplicateOf(), r.body().length());
    }
}
