package org.crosscheck.server.api;

import java.util.List;
import org.crosscheck.ledger.IngestResult;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Extraction;
import org.crosscheck.server.ReportIntake;
import org.crosscheck.server.http.Fields;
import org.crosscheck.server.http.RequestLimits;

/** The body {@code POST /api/reports} takes as JSON, and what it answers. */
final class ReportRequests {
    private ReportRequests() {
    }

    /**
     * A report sent as JSON: its text (with or without the spec's header) and fields that replace the header's.
     * {@code name} is what the ledger calls the report (a file name, for a report read from a file).
     */
    record Posted(String text, String name, String title, String outlet, String url, String published) {
        Posted {
            Fields.required("text", text, RequestLimits.MAX_BODY_BYTES);
            Fields.optional("name", name, 200);
            Fields.optional("title", title, 1000);
            Fields.optional("outlet", outlet, 500);
            Fields.optional("url", url, 2000);
            Fields.optional("published", published, 10);
        }

        ReportIntake.Fields fields() {
            return new ReportIntake.Fields(title, outlet, url, published);
        }
    }

    /**
     * What adding a report did: its id, whether it was new ({@code stored}, {@code new_version}, {@code duplicate})
     * or already held ({@code unchanged}), the ledger events it touched, and its claims with the actors they name
     * (in the report format).
     */
    record Added(long reportId, String status, Long duplicateOf, Long supersedes, List<Long> events,
                 List<Claim> claims, List<Actor> actors) {
        static Added of(IngestResult r, Extraction x) {
            return new Added(r.reportId(), r.status().name().toLowerCase(java.util.Locale.ROOT), r.duplicateOf(),
                    r.supersedes(), r.ledgerEvents(), x.claims(), x.actors());
        }
    }
}
