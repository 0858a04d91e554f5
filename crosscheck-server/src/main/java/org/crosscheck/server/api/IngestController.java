package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.crosscheck.ledger.IngestResult;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import org.crosscheck.server.ReportIntake;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Bodies;
import org.crosscheck.server.http.RequestLimits;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.search.Indexer;

/**
 * Adding a report to the running ledger: read as a report file is read, extracted, matched and stored as
 * {@code crosscheck ingest} does, then its events re-indexed, so that the lists and the map show it at once.
 * The server is the ledger's one writer while it runs; the command line adds reports through this route
 * ({@code crosscheck ingest --server}).
 *
 * <p>Thread-safety: as thread-safe as the ledger, the indexer and the intake.
 */
public final class IngestController {
    /** What the ledger calls a report sent without a name. */
    static final String DEFAULT_NAME = "posted report";

    private final Ledger ledger;
    private final Indexer indexer;
    private final ReportIntake intake;

    /** @param intake how to read and extract a report, or null when this server cannot add reports */
    public IngestController(Ledger ledger, Indexer indexer, ReportIntake intake) {
        this.ledger = ledger;
        this.indexer = indexer;
        this.intake = intake;
    }

    public void routes(Routes r) {
        r.postText("/api/reports", "Add a report (body: the report file's text with its header as text/plain, or "
                + "JSON with text and optional name, title, outlet, url, published); editor token. Answers the "
                + "report id, its status, the events it touched and its claims", this::add);
    }

    /**
     * Stores the report and brings the index up to date. When the ledger has fewer events than the index was
     * told of (matching merged two events this report proved to be one incident), the index is rebuilt, since the
     * absorbed event is not among those the report touched.
     */
    private synchronized IngestResult store(ReportSource source, Extraction x) {
        long before = ledger.stats().ledgerEvents();
        IngestResult result = x == null ? ledger.ingest(source, intake.extractor()) : ledger.ingest(x, source);
        if (result.status() == IngestResult.Status.UNCHANGED) {
            return result;
        }
        Set<Long> touched = new LinkedHashSet<>();
        result.ledgerEvents().forEach(id -> touched.addAll(indexer.around(id)));
        long created = touched.stream().filter(id -> !indexer.holdsEvent(id)).count();
        indexer.addReport(result.reportId(), result.supersedes(), touched);
        if (ledger.stats().ledgerEvents() != before + created) {
            indexer.rebuild(s -> { });
        }
        return result;
    }

    private void add(Context ctx) {
        if (intake == null) {
            throw new ApiException(503, "this server cannot add reports: it was started without the extraction "
                    + "pipeline");
        }
        byte[] raw = ctx.bodyAsBytes();
        if (raw.length > RequestLimits.MAX_BODY_BYTES) {
            throw RequestLimits.tooLarge();
        }
        ReportSource source;
        try {
            if (RequestLimits.isText(ctx.contentType())) {
                source = intake.read(DEFAULT_NAME, raw, ReportIntake.Fields.NONE);
            } else {
                ReportRequests.Posted p = Bodies.read(ctx, ReportRequests.Posted.class);
                source = intake.read(p.name() == null || p.name().isBlank() ? DEFAULT_NAME : p.name(),
                        p.text().getBytes(StandardCharsets.UTF_8), p.fields());
            }
        } catch (UnreadableReportException e) {
            throw ApiException.badRequest("report: " + e.getMessage());
        }
        Extraction x;
        try {
            // Extraction (seconds) runs outside the lock; storing and indexing run one report at a time.
            x = ledger.holds(source.body()) ? null : intake.extractor().extract(source);
        } catch (UnreadableReportException e) {
            throw new ApiException(422, "report: " + e.getMessage());
        }
        IngestResult result = store(source, x);
        ctx.status(result.status() == IngestResult.Status.UNCHANGED ? 200 : 201)
                .json(ReportRequests.Added.of(result, ledger.extraction(result.reportId())));
    }
}
