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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.ledger.IngestResult;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.LedgerException;
import org.crosscheck.ledger.ingest.HtmlReportReader;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crosscheck ingest}: report files ({@code .txt} with the spec's header, {@code .html} pages) and
 * folders of them into the ledger. Each report is one transaction; a report already stored (same body) is
 * skipped without extracting it, so an interrupted run is completed by running it again. Reports are extracted
 * on {@code --threads} workers and stored one at a time in file order. A report that cannot be read, extracted
 * (within the time budget, or at all) or stored is named with its reason and the others go on.
 */
@Command(name = "ingest", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Extract reports and store them in the ledger, matching their incidents across reports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report was stored or already there", "1:some report could not be read, extracted or stored",
            "2:usage error"})
final class IngestCommand extends LedgerOptionsCommand {
    @Mixin
    HeaderOptions header;

    @Mixin
    ReportOptions reportOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files, or folders (searched recursively).")
    List<Path> paths;

    @Option(names = "--server", paramLabel = "URL", description = "Send the reports to the running server at URL "
            + "(e.g. http://127.0.0.1:8080), which adds them to the ledger it serves, instead of opening a ledger "
            + "here.")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "With --server: an editor token "
            + "(default: the CROSSCHECK_TOKEN environment variable, which other users cannot see in the process "
            + "list).")
    String token;

    private final ExtractorFactory extractors;
    private final LongSupplier nanos;

    IngestCommand(ExtractorFactory extractors, LongSupplier nanos) {
        this.extractors = extractors;
        this.nanos = nanos;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CrosscheckConfig config = reportOptions.apply(ledgerOptions.config(), spec.commandLine());
        ReportFileReader text = new ReportFileReader(config.maxReportBytes(), new LanguageIdentifier());
        HtmlReportReader html = new HtmlReportReader(config.maxReportBytes());
        List<Path> files = new ArrayList<>();
        BatchFailures failures = new BatchFailures(err, Main.debug(spec));
        if (token != null && server == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--token goes with --server");
        }
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(list(p));
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                failures.add(p + ": no such file or directory", null);
            }
        }
        int missing = failures.size();
        if (server != null) {
            return remote(files, out, failures, missing);
        }
        LazyExtractor lazy = new LazyExtractor(() -> extractors.create(config),
                () -> err.println("crosscheck: loading the extraction pipeline..."));
        BudgetedExtractor extractor = new BudgetedExtractor(lazy::get, config.reportBudget(), nanos);
        int stored = 0;
        // Reports are read and extracted on --threads workers (the extractor is shared, as in `extract`), and
        // stored one at a time in file order, so the ledger comes out the same whatever the number of threads.
        // At most 2 x threads reports wait extracted in memory.
        int threads = Math.max(1, Math.min(config.threads(), Math.max(1, files.size())));
        AtomicInteger workerNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "crosscheck-ingest-" + workerNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (Ledger ledger = Ledger.open(config)) {
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < 2 * threads) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> prepare(f, text, html, header, ledger, extractor)));
                }
                Prepared p = get(window.poll());
                if (p.problem() != null) {
                    String msg = Main.oneLine(p.problem());
                    failures.add(msg.contains(p.file().toString()) ? msg : p.file() + ": " + msg, p.internal());
                    continue;
                }
                IngestResult r;
                try {
                    r = p.extraction() == null ? ledger.ingest(p.source(), extractor)
                            : ledger.ingest(p.extraction(), p.source());
                } catch (RuntimeException e) {
                    // The report's transaction rolled back: nothing of it is stored, and the batch goes on.
                    failures.add(p.file() + ": could not be stored: " + (e instanceof LedgerException
                            ? Main.oneLine(e.getMessage()) : "internal error: " + Main.describe(e)), e);
                    continue;
                }
                out.printf("%-12s report %d  %s%s%s%n", r.status().toString().toLowerCase(java.util.Locale.ROOT),
                        r.reportId(), p.file(), r.duplicateOf() == null ? "" : "  (copy of report " + r.duplicateOf() + ")",
                        r.ledgerEvents().isEmpty() ? "" : "  events " + r.ledgerEvents());
                stored++;
            }
            out.flush();
            err.printf("%d reports in the ledger from this run, %d failed; ledger: %s%n", stored, failures.size(),
                    ledger.stats().summary());
            failures.summarize(files.size() + missing);
        } finally {
            pool.shutdownNow();
        }
        return failures.isEmpty() ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    /** The reports sent to a running server, which is the ledger's writer while it runs. */
    private int remote(List<Path> files, PrintWriter out, BatchFailures failures, int missing) {
        String t = token != null ? token : System.getenv("CROSSCHECK_TOKEN");
        if (t == null || t.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--server needs an editor token: --token "
                    + "TOKEN or the CROSSCHECK_TOKEN environment variable ('crosscheck token create --role editor')");
        }
        int stored = new RemoteIngest(server, t.strip(), header.overrides()).send(files, out, failures);
        spec.commandLine().getErr().printf("%d reports sent to %s and stored or already there, %d failed%n", stored,
                server, failures.size());
        failures.summarize(files.size() + missing);
        return failures.isEmpty() ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    /**
     * A report read and, unless the ledger already holds its body, extracted; or why it could not be: a problem
     * of the input, or an unexpected error ({@code internal}) that ends only this report.
     */
    private record Prepared(Path file, ReportSource source, Extraction extraction, String problem,
                            Throwable internal) {
        static Prepared failed(Path file, String problem, Throwable internal) {
            return new Prepared(file, null, null, problem, internal);
        }
    }

    private static Prepared prepare(Path f, ReportFileReader text, HtmlReportReader html, HeaderOptions header,
                                    Ledger ledger, ReportExtractor extractor) {
        try {
            ReportSource src = HtmlReportReader.isHtml(f) ? header.over(html.read(f)) : text.read(f, header.overrides());
            // A body already stored is not extracted again: an interrupted run is completed cheaply.
            Extraction x = ledger.holds(src.body()) ? null : extractor.extract(src);
            return new Prepared(f, src, x, null, null);
        } catch (UnreadableReportException e) {
            return Prepared.failed(f, e.getMessage(), null);
        } catch (LazyExtractor.LoadFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return Prepared.failed(f, "internal error: " + Main.describe(e), e);
        }
    }

    private static Prepared get(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Only a pipeline that cannot load, or an Error such as OutOfMemoryError, gets here: it ends the run.
            throw Futures.cause(e);
        }
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
