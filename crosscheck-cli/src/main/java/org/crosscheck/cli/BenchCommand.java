package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.CrosscheckConfig;
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
 * {@code crosscheck bench DIR}: the extraction pipeline's speed and memory over a folder of reports. Loads the
 * pipeline once (timed), runs warm-up passes, then one measured pass on {@code --threads} workers, timing each
 * report. Everything printed is measured in this run.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        subcommands = {
            GeoBenchCommand.class,
            CasualtyBenchCommand.class,
            MatchingBenchCommand.class,
        },
        description = {"Measure extraction speed and memory over a folder of *.txt reports: load time, time to "
                + "the first result, articles/s per core, words/s, p50/p95 ms per article, peak heap and RSS."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** Optional to picocli only so that subcommands (bench geo) need no DIR; {@link #call} requires it. */
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Folder of *.txt report files.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Warm-up passes over the reports before the measured pass. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ReportOptions reportOptions;

    private final ExtractorFactory extractors;

    BenchCommand(ExtractorFactory extractors) {
        this.extractors = Objects.requireNonNull(extractors);
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        CrosscheckConfig config = reportOptions.apply(dataOptions.config(), cl);
        if (dir == null) {
            throw new CommandLine.ParameterException(cl, "Missing required parameter: 'DIR'");
        }
        if (warmup < 0) {
            throw new CommandLine.ParameterException(cl, "--warmup must be 0 or more, not " + warmup);
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(cl, dir + " is not a directory");
        }
        PrintWriter err = cl.getErr();
        ReportFileReader reader = new ReportFileReader(config.maxReportBytes(), new LanguageIdentifier());
        List<ReportSource> reports = new ArrayList<>();
        int unreadable = 0;
        for (Path file : ReportFiles.listTxt(dir)) {
            try {
                reports.add(reader.read(file));
            } catch (UnreadableReportException e) {
                unreadable++;
                err.println("crosscheck: " + file + ": " + Main.oneLine(e.getMessage()) + " (skipped)");
            }
        }
        if (reports.isEmpty()) {
            err.println("crosscheck: " + dir + ": no readable .txt reports");
            return Main.EXIT_FAILED;
        }
        long words = reports.stream().mapToLong(r -> countWords(r.body())).sum();

        long t0 = System.nanoTime();
        ReportExtractor extractor;
        try {
            extractor = extractors.create(config);
        } catch (RuntimeException | LinkageError e) {
            err.println("crosscheck: cannot load the extraction pipeline: " + Main.describe(e));
            if (Main.debug(spec)) {
                e.printStackTrace(err);
            }
            return Main.EXIT_FAILED;
        }
        long loadNanos = System.nanoTime() - t0;

        int threads = Math.max(1, Math.min(config.threads(), reports.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "crosscheck-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            long firstResultMs = -1;
            List<String> failures = new ArrayList<>();
            for (int pass = 0; pass < warmup; pass++) {
                Pass p = run(pool, extractor, reports);
                if (firstResultMs < 0) {
                    firstResultMs = p.firstUptimeMs;
                }
                failures.addAll(p.failures);
            }
            Pass measured = run(pool, extractor, reports);
            if (firstResultMs < 0) {
                firstResultMs = measured.firstUptimeMs;
            }
            failures.addAll(measured.failures);
            int ok = reports.size() - measured.failures.size();
            if (ok == 0) {
                err.println("crosscheck: every report failed; first failure: " + failures.get(0));
                return Main.EXIT_FAILED;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
            r.put("dir", dir.toString());
            r.put("reports", reports.size());
            r.put("unreadable", unreadable);
            r.put("failed", measured.failures.size());
            r.put("words", words);
            r.put("threads", threads);
            r.put("cores", Runtime.getRuntime().availableProcessors());
            r.put("warmup_passes", warmup);
            r.put("load_ms", round(loadNanos / 1e6));
            r.put("first_result_ms", firstResultMs);
            double seconds = measured.wallNanos / 1e9;
            double articlesPerS = ok / seconds;
            r.put("wall_s", round(seconds));
            r.put("articles_per_s", round(articlesPerS));
            r.put("articles_per_s_per_core", round(articlesPerS / threads));
            r.put("words_per_s", Math.round(words * ((double) ok / reports.size()) / seconds));
            // CPU time per article does not grow when other processes take the cores, as wall time does
            double cpuSeconds = java.util.Arrays.stream(measured.cpuMs).sum() / 1000;
            r.put("cpu_p50_ms", round(percentile(measured.cpuMs, 50)));
            r.put("articles_per_cpu_s", round(ok / cpuSeconds));
            r.put("p50_ms", round(percentile(measured.latenciesMs, 50)));
            r.put("p95_ms", round(percentile(measured.latenciesMs, 95)));
            r.put("max_ms", round(percentile(measured.latenciesMs, 100)));
            r.put("peak_heap_bytes", peakHeapBytes());
            r.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
            r.put("peak_rss_bytes", peakRssBytes());
            r.put("java", System.getProperty("java.version"));
            // Other processes on the machine slow the figures down: the 1-minute load average tells.
            r.put("load_average", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            PrintWriter out = cl.getOut();
            if (json) {
                out.println(new ReportJson().mapper().writeValueAsString(r));
            } else {
                printTable(out, r);
            }
            out.flush();
            if (!failures.isEmpty()) {
                err.println("crosscheck: " + measured.failures.size() + " of " + reports.size()
                        + " reports failed in the measured pass; first: " + failures.get(0));
                return Main.EXIT_FAILED;
            }
            return Main.EXIT_OK;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final class Pass {
        final double[] latenciesMs;
        final double[] cpuMs;
        final long wallNanos;
        final long firstUptimeMs;
        final List<String> failures;

        Pass(double[] latenciesMs, double[] cpuMs, long wallNanos, long firstUptimeMs, List<String> failures) {
            this.latenciesMs = latenciesMs;
            this.cpuMs = cpuMs;
            this.wallNanos = wallNanos;
            this.firstUptimeMs = firstUptimeMs;
            this.failures = failures;
        }
    }

    private record Timed(double ms, double cpuMs, long endUptimeMs, String failure) {
    }

    private static Pass run(ExecutorService pool, ReportExtractor extractor, List<ReportSource> reports)
            throws InterruptedException {
        long start = System.nanoTime();
        List<Future<Timed>> futures = new ArrayList<>();
        for (ReportSource r : reports) {
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                String failure = null;
                try {
                    extractor.extract(r);
                } catch (RuntimeException e) {
                    failure = r.name() + ": " + Main.describe(e);
                }
                return new Timed((System.nanoTime() - t) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6,
                        ManagementFactory.getRuntimeMXBean().getUptime(), failure);
            }));
        }
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long first = Long.MAX_VALUE;
        for (Future<Timed> f : futures) {
            Timed t;
            try {
                t = f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            first = Math.min(first, t.endUptimeMs());
            if (t.failure() == null) {
                ms.add(t.ms());
                cpuMs.add(t.cpuMs());
            } else {
                failures.add(t.failure());
            }
        }
        long wall = System.nanoTime() - start;
        return new Pass(ms.stream().mapToDouble(Double::doubleValue).toArray(),
                cpuMs.stream().mapToDouble(Double::doubleValue).toArray(), wall, first, failures);
    }

    private static void printTable(PrintWriter out, Map<String, Object> r) {
        out.printf(Locale.ROOT, "crosscheck bench: %s reports (%s words) in %s, %s threads on %s cores, "
                        + "%s warm-up pass(es), %s%n",
                r.get("reports"), r.get("words"), r.get("dir"), r.get("threads"), r.get("cores"),
                r.get("warmup_passes"), r.get("date"));
        out.printf(Locale.ROOT, "  load time        %.2f s%n", ((Number) r.get("load_ms")).doubleValue() / 1000);
        out.printf(Locale.ROOT, "  first result     %.2f s after JVM start%n",
                ((Number) r.get("first_result_ms")).doubleValue() / 1000);
        out.printf(Locale.ROOT, "  throughput       %.2f articles/s (%.2f per core), %d words/s%n",
                r.get("articles_per_s"), r.get("articles_per_s_per_core"), r.get("words_per_s"));
        out.printf(Locale.ROOT, "  per article      p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                r.get("p50_ms"), r.get("p95_ms"), r.get("max_ms"));
        out.printf(Locale.ROOT, "  CPU per article  p50 %.0f ms; %.2f articles per CPU-second (one core's work)%n",
                r.get("cpu_p50_ms"), r.get("articles_per_cpu_s"));
        out.printf(Locale.ROOT, "  peak heap        %s (max %s)%n", mb((Long) r.get("peak_heap_bytes")),
                mb((Long) r.get("max_heap_bytes")));
        long rss = (Long) r.get("peak_rss_bytes");
        out.printf(Locale.ROOT, "  peak RSS         %s%n", rss < 0 ? "unknown" : mb(rss));
        out.printf(Locale.ROOT, "  load average     %.2f (1 min, at the end; other processes share the cores)%n",
                r.get("load_average"));
        if (((Number) r.get("failed")).intValue() > 0) {
            out.printf(Locale.ROOT, "  failed           %s reports (not in the timings)%n", r.get("failed"));
        }
    }

    static long countWords(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** Nearest-rank percentile; {@code p} = 100 gives the maximum. */
    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    /** Sum of the peak usage of every heap memory pool since the JVM started (an upper bound of the peak). */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The process's peak resident set size (VmHWM on Linux), or -1 where it cannot be read. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }
}
