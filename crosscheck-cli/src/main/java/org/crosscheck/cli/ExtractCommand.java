package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.extract.input.ReportOverrides;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck extract}: report files in, one JSON document per report out. Inputs are read and checked
 * first; the pipeline is built only when a report passes, so a run of bad files fails fast. A directory's reports
 * run on a fixed pool of {@code --threads} workers sharing one extractor; results come out in input order.
 */
@Command(name = "extract", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Extract the attributed claims of news reports as JSON (one document per report).",
            "A directory stands for its *.txt files. One report prints indented JSON; several print one line "
                    + "each. With --out, NAME.json is written for NAME.txt instead."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every report was extracted",
            "1:some report could not be read or extracted (each is named on stderr)",
            "2:usage error"
        })
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    HeaderOptions header;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write NAME.json into DIR (created if missing) instead of printing.")
    Path out;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ReportOptions reportOptions;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--explain", description = "Print each claim and event with the rule that found it and its "
            + "evidence, instead of JSON (with --out, the JSON files are written as well).")
    boolean explain;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Report files, or folders of *.txt reports.")
    List<Path> inputs;

    private final ExtractorFactory extractors;
    private final LongSupplier nanos;

    ExtractCommand(ExtractorFactory extractors, LongSupplier nanos) {
        this.extractors = Objects.requireNonNull(extractors);
        this.nanos = Objects.requireNonNull(nanos);
    }

    /** How one input ended: its JSON, or the one-line problem. */
    private record Result(ReportFiles.Input input, String json, String problem, Throwable internal,
                          boolean fatal) {
    }

    @Override
    public Integer call() throws Exception {
        CrosscheckConfig config = reportOptions.apply(dataOptions.config(), spec.commandLine());
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportOverrides overrides = header.overrides();
        ReportFileReader reader = new ReportFileReader(config.maxReportBytes(), new LanguageIdentifier());

        List<ReportFiles.Input> files = ReportFiles.expand(inputs);
        if (out != null) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is not a directory");
            }
            Files.createDirectories(out);
            files = ReportFiles.refuseOutputClashes(files);
        }
        boolean single = files.size() == 1;
        Progress progress = new Progress(err, files.size(), quiet);
        LazyExtractor lazy = new LazyExtractor(() -> extractors.create(config),
                () -> progress.note("loading the extraction pipeline..."));
        BudgetedExtractor extractor = new BudgetedExtractor(lazy::get, config.reportBudget(), nanos);
        ReportJson json = new ReportJson();
        boolean debug = Main.debug(spec);

        int threads = Math.max(1, Math.min(config.threads(), files.size()));
        AtomicInteger workerNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "crosscheck-extract-" + workerNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BatchFailures failures = new BatchFailures(err, debug);
        int written = 0;
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (ReportFiles.Input input : files) {
                futures.add(pool.submit(() -> {
                    Result r = process(input, reader, overrides, extractor, json, single);
                    progress.tick(input.path().getFileName() == null ? input.display()
                            : input.path().getFileName().toString());
                    return r;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                Result r;
                try {
                    r = get(futures.get(i));
                } catch (OutOfMemoryError e) {
                    // not caught to go on (the JVM may not be safe), only to say which report it was
                    err.println("crosscheck: " + files.get(i).display() + ": " + Main.OUT_OF_MEMORY);
                    err.flush();
                    throw e;
                }
                if (r.fatal()) {
                    err.println("crosscheck: " + r.problem());
                    if (debug) {
                        r.internal().printStackTrace(err);
                    }
                    err.flush();
                    pool.shutdownNow();
                    return Main.EXIT_FAILED;
                }
                if (r.problem() != null) {
                    failures.add(r.input().display() + ": " + r.problem(), r.internal());
                } else if (out != null && !explain) {
                    written++;
                } else {
                    written += out == null ? 0 : 1;
                    stdout.println(r.json());
                    stdout.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (out != null) {
            progress.note("wrote " + written + " report" + (written == 1 ? "" : "s") + " to " + out);
        }
        if (!failures.isEmpty()) {
            failures.summarize(files.size());
            return Main.EXIT_FAILED;
        }
        return Main.EXIT_OK;
    }

    private Result process(ReportFiles.Input input, ReportFileReader reader, ReportOverrides overrides,
                           ReportExtractor extractor, ReportJson json, boolean single) {
        if (input.problem() != null) {
            return new Result(input, null, input.problem(), null, false);
        }
        try {
            ReportSource source = reader.read(input.path(), overrides);
            Extraction extraction = extractor.extract(source);
            if (out != null) {
                AtomicFiles.writeString(out.resolve(input.jsonName()), json.writePretty(extraction) + "\n");
                if (!explain) {
                    return new Result(input, null, null, null, false);
                }
            }
            if (explain) {
                return new Result(input, Explanation.of(input.display(), extraction), null, null, false);
            }
            return new Result(input, single ? json.writePretty(extraction) : json.write(extraction), null, null,
                    false);
        } catch (UnreadableReportException e) {
            return new Result(input, null, Main.oneLine(e.getMessage()), null, false);
        } catch (LazyExtractor.LoadFailure e) {
            return new Result(input, null, Main.oneLine(e.getMessage()), e.getCause(), true);
        } catch (IOException e) {
            return new Result(input, null, "cannot write " + out.resolve(input.jsonName()) + ": "
                    + Main.describe(e), e, false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(input, null, "internal error: " + Main.describe(e), e, false);
        }
    }

    private static Result get(Future<Result> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // process() catches everything but an Error such as OutOfMemoryError: let it end the run.
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
