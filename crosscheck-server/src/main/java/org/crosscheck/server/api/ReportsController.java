package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.StoredReport;
import org.crosscheck.model.Extraction;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.search.Searcher;
import org.crosscheck.server.view.ReportView;

/** The stored reports: the list (from the search index) and one report with its spans (from the ledger). */
public final class ReportsController {
    private final Ledger ledger;
    private final Searcher searcher;

    public ReportsController(Ledger ledger, Searcher searcher) {
        this.ledger = ledger;
        this.searcher = searcher;
    }

    public void routes(Routes r) {
        r.get("/api/reports", "Stored reports, newest first", List.of("limit", "offset"), this::list);
        r.get("/api/reports/{id}", "A report: metadata, body, the spans of its extraction (UTF-16 offsets), and its context (the "
                + "background figures it ties to no incident, counted for none)",
                List.of(), this::report);
    }

    private void list(Context ctx) {
        Params.Page page = Params.page(ctx, EventsController.DEFAULT_PAGE, EventsController.MAX_PAGE,
                Searcher.MAX_OFFSET);
        PageJson.write(ctx, "reports", searcher.reports(page.limit(), page.offset()), page);
    }

    private void report(Context ctx) {
        long id = Params.id(ctx, "id");
        StoredReport r = ledger.report(id);
        if (r == null) {
            throw ApiException.notFound("no report " + id);
        }
        Extraction x;
        try {
            x = ledger.extraction(id);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("no report " + id);
        }
        ctx.json(ReportView.of(r, x, ledger.claims(id).background()));
    }
}
