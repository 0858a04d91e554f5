package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.extract.input.ReportOverrides;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.server.ReportIntake;

/**
 * The server's way to add the reports it is sent: read as {@code ingest} reads a file (size, encoding, header,
 * language), extracted by the pipeline loaded on the first report, within the per-report time budget.
 * Thread-safe.
 */
final class PipelineIntake implements ReportIntake {
    private final ReportFileReader reader;
    private final ReportExtractor extractor;

    PipelineIntake(CrosscheckConfig config, ExtractorFactory extractors, LongSupplier nanos, PrintWriter err) {
        reader = new ReportFileReader(config.maxReportBytes(), new LanguageIdentifier());
        LazyExtractor lazy = new LazyExtractor(() -> extractors.create(config), () -> {
            err.println("crosscheck: loading the extraction pipeline for the first report sent...");
            err.flush();
        });
        extractor = new BudgetedExtractor(lazy::get, config.reportBudget(), nanos);
    }

    @Override
    public ReportSource read(String name, byte[] text, Fields fields) {
        return reader.parse(name, text, new ReportOverrides(fields.title(), fields.outlet(), fields.url(),
                fields.published()));
    }

    @Override
    public ReportExtractor extractor() {
        return extractor;
    }
}
