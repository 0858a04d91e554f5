package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.ExportFormat;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.search.EventFilter;
import org.crosscheck.server.search.Searcher;

/** The ledger's exports, streamed from the ledger with the list's filters. */
public final class ExportController {
    private final Ledger ledger;
    private final Filters filters;

    public ExportController(Ledger ledger, Searcher searcher) {
        this.ledger = ledger;
        this.filters = new Filters(searcher);
    }

    public void routes(Routes r) {
        r.get("/api/export/{format}", "The ledger export: json, acled-csv, ucdp-csv, geojson or claims-csv, under a policy",
                List.of("policy", "from", "to", "country", "admin1", "actor", "claimant", "contested"),
                this::export);
    }

    private void export(Context ctx) throws IOException {
        ExportFormat format;
        EstimatePolicy policy;
        try {
            format = ExportFormat.named(ctx.pathParam("format"));
            policy = Params.given(ctx, "policy") ? EstimatePolicy.named(Params.text(ctx, "policy"))
                    : format.defaultPolicy();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        EventFilter f = filters.read(ctx);
        EventQuery q = new EventQuery(f.from(), f.to(), f.country(), f.admin1(), f.actor(), f.claimant(),
                f.contested(), EventQuery.DEFAULT_LIMIT, 0);
        String type = switch (format) {
            case JSON -> "application/json";
            case GEOJSON -> "application/geo+json";
            default -> "text/csv";
        };
        String ext = switch (format) {
            case JSON -> "json";
            case GEOJSON -> "geojson";
            default -> "csv";
        };
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"crosscheck-" + format + "-" + policy.name() + "."
                + ext + "\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        ledger.export(format, policy, q, w);
        w.flush();
    }
}
