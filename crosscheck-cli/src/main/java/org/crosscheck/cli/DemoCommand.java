package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.ledger.IngestResult;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.UnreadableReportException;
import org.crosscheck.server.CrosscheckServer;
import org.crosscheck.server.DemoReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck demo}: ingests the bundled example reports (and the worked example {@code kalat.txt} from
 * {@code ../shared/spec/examples} when it is there) into a ledger of its own, then serves it on 127.0.0.1.
 */
@Command(name = "demo", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Ingest the example reports into a demo ledger and serve it at http://127.0.0.1:8080/.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ReportOptions reportOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--report", paramLabel = "FILE",
            description = "More report files to ingest (default: ../shared/spec/examples/kalat.txt when present).")
    List<Path> more = new ArrayList<>();

    private final ExtractorFactory extractors;

    DemoCommand(ExtractorFactory extractors) {
        this.extractors = extractors;
    }

    /** The demo keeps its ledger, index and tokens in DATA/demo, apart from the user's own ledger. */
    static CrosscheckConfig demoConfig(CrosscheckConfig c) {
        Path demo = c.dataDir().resolve("demo");
        return new CrosscheckConfig(demo, Ledger.h2Url(demo.resolve("ledger")), c.maxReportBytes(), c.threads(),
                c.reportBudget());
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CrosscheckConfig base = reportOptions.apply(dataOptions.config(), spec.commandLine());
        CrosscheckConfig demo = demoConfig(base);
        List<Path> files = new ArrayList<>(DemoReports.writeTo(demo.dataDir().resolve("reports")));
        if (more.isEmpty()) {
            Path root = base.dataDir().toAbsolutePath().getParent();
            Path kalat = root == null ? null : root.resolveSibling("shared/spec/examples/kalat.txt");
            if (kalat != null && Files.isRegularFile(kalat)) {
                files.add(kalat);
            } else {
                err.println("crosscheck: ../shared/spec/examples/kalat.txt is not there; the demo has only the "
                        + "bundled examples");
            }
        } else {
            files.addAll(more);
        }
        ReportFileReader reader = new ReportFileReader(base.maxReportBytes(), new LanguageIdentifier());
        // The extractor needs the gazetteer in the main data folder, not the demo's.
        LazyExtractor extractor = new LazyExtractor(() -> extractors.create(base),
                () -> err.println("crosscheck: loading the extraction pipeline (first run only)..."));
        int failed = 0;
        try (Ledger ledger = Ledger.open(demo)) {
            for (Path f : files) {
                try {
                    IngestResult r = ledger.ingest(reader.read(f), extractor);
                    err.printf("crosscheck: %s %s (events %s)%n", r.status().toString().toLowerCase(java.util.Locale.ROOT),
                            f.getFileName(), r.ledgerEvents());
                } catch (UnreadableReportException e) {
                    err.println("crosscheck: " + Main.oneLine(e.getMessage()));
                    failed++;
                }
            }
        }
        err.flush();
        if (failed > 0) {
            err.println("crosscheck: " + failed + " example reports could not be ingested");
        }
        return ServeCommand.serve(out, err, demo, new CrosscheckServer.Options("127.0.0.1", port, false),
                new PipelineIntake(base, extractors, System::nanoTime, err), "Crosscheck demo");
    }
}
