package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.ledger.IngestResult;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.ingest.HtmlReportReader;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck ingest}: report files ({@code .txt} with the spec's header, {@code .html} pages) and
 * folders of them into the ledger. Each report is one transaction; a report already stored (same body) is
 * skipped without extracting it, so an interrupted run is completed by running it again.
 */
@Command(name = "ingest", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Extract reports and store them in the ledger, matching their incidents across reports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report was stored or already there", "1:some report could not be read or extracted",
            "2:usage error"})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    LedgerOptions ledgerOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files, or folders (searched recursively).")
    List<Path> paths;

    private final ExtractorFactory extractors;

    IngestCommand(ExtractorFactory extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CrosscheckConfig config = ledgerOptions.toConfig(spec.commandLine());
        ReportFileReader text = new ReportFileReader(config.maxReportBytes(), new LanguageIdentifier());
        HtmlReportReader html = new HtmlReportReader(config.maxReportBytes());
        List<Path> files = new ArrayList<>();
        int failed = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(list(p));
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                err.println("crosscheck: " + p + ": no such file or directory");
                failed++;
            }
        }
        LazyExtractor extractor = new LazyExtractor(() -> extractors.create(config),
                () -> err.println("crosscheck: loading the extraction pipeline..."));
        int stored = 0;
        try (Ledger ledger = Ledger.open(config)) {
            for (Path f : files) {
                try {
                    ReportSource src = HtmlReportReader.isHtml(f) ? html.read(f) : text.read(f);
                    IngestResult r = ledger.ingest(src, extractor);
                    out.printf("%-12s report %d  %s%s%s%n", r.status().toString().toLowerCase(java.util.Locale.ROOT),
                            r.reportId(), f, r.duplicateOf() == null ? "" : "  (copy of report " + r.duplicateOf() + ")",
                            r.ledgerEvents().isEmpty() ? "" : "  events " + r.ledgerEvents());
                    stored++;
                } catch (UnreadableReportException e) {
                    err.println("crosscheck: " + Main.oneLine(e.getMessage()));
                    failed++;
                }
            }
            out.flush();
            err.printf("%d reports in the ledger from this run, %d failed; ledger: %s%n", stored, failed,
                    ledger.stats());
        }
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            Set<Path> out = new LinkedHashSet<>();
            s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".txt") || HtmlReportReader.isHtml(p);
            }).sorted(Comparator.comparing(Path::toString)).forEach(out::add);
            return new ArrayList<>(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
