package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.crosscheck.extract.input.LanguageIdentifier;
import org.crosscheck.extract.input.ReportFileReader;
import org.crosscheck.extract.input.ReportOverrides;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 and issue 9 item 6: hostile reports ({@link ReportMutator}) through the real pipeline, read and
 * extracted as {@code crosscheck extract} does. Each must end in a result or in a one-line failure (no line
 * break, no Java type name, at most 300 characters), never an internal error; each result must pass {@link OutputChecks} (schema,
 * spans, counts). Reports over the time budget fail alone, which is a one-line failure like any other. An
 * {@link OutOfMemoryError} is not caught: it fails the run.
 *
 * <p>CI runs {@value #DEFAULT_INPUTS} inputs. A benchmark run takes more, another seed or budget:
 * {@code mvn -B -pl crosscheck-cli -am verify -Dtest=ReportFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrosscheck.fuzz.inputs=10000 -Dcrosscheck.fuzz.seed=1 -Dcrosscheck.fuzz.budget=60 -Dcrosscheck.fuzz.threads=2
 * -Dcrosscheck.fuzz.huge=0.02}; the figures go to
 * {@code crosscheck-cli/target/fuzz-summary.txt} (and every 250 inputs to {@code fuzz-progress.txt}).
 */
@Tag("slow")
class ReportFuzzTest {
    static final int DEFAULT_INPUTS = 40;
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final List<String> SEEDS = List.of("/fuzz/seed-ambush.txt", "/fuzz/seed-shelling.txt",
            "/fuzz/seed-raid.txt", "/org/crosscheck/server/demo/market-mopti.txt",
            "/org/crosscheck/server/demo/raid-menaka.txt", "/org/crosscheck/server/demo/strike-gao.txt");

    @TempDir
    Path dir;

    @Test
    void hostileReportsEndInAValidResultOrOneLineNeverAnInternalError() throws Exception {
        int inputs = Integer.getInteger("crosscheck.fuzz.inputs", DEFAULT_INPUTS);
        long seed = Long.getLong("crosscheck.fuzz.seed", 14);
        int threads = Integer.getInteger("crosscheck.fuzz.threads", 1);
        double huge = Double.parseDouble(System.getProperty("crosscheck.fuzz.huge", "0.1"));
        Duration budget = Duration.ofSeconds(Long.getLong("crosscheck.fuzz.budget",
                CrosscheckConfig.DEFAULT_REPORT_BUDGET.toSeconds()));
        CrosscheckConfig defaults = CrosscheckConfig.defaults();
        CrosscheckConfig config = new CrosscheckConfig(ROOT.resolve("crosscheck-data"), null,
                defaults.maxReportBytes(), 1, budget);
        ReportExtractor pipeline = Pipelines.extractor(config);
        BudgetedExtractor extractor = new BudgetedExtractor(() -> pipeline, budget);
        ReportFileReader reader = new ReportFileReader(config.maxReportBytes(), new LanguageIdentifier());
        OutputChecks checks = new OutputChecks();
        ReportMutator mutator = new ReportMutator(seeds(), seed, huge);

        List<String> internal = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        List<String> badMessages = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        List<Long> millis = new ArrayList<>();
        int results = 0;
        long maxHeap = 0;
        long started = System.nanoTime();
        Files.createDirectories(Path.of("target"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            int n = i;
            ReportMutator.Input in = mutator.next();
            outcomes.add(pool.submit(() -> run(n, in, reader, extractor, checks)));
        }
        for (Future<Outcome> f : outcomes) {
            Outcome o = f.get();
            results += o.result() ? 1 : 0;
            internal.addAll(o.internal());
            invalid.addAll(o.invalid());
            badMessages.addAll(o.badMessages());
            if (o.failure() != null) {
                failures.merge(o.failure(), 1, Integer::sum);
            }
            millis.add(o.millis());
            if (o.millis() > budget.toMillis() + 5_000) {
                hangs.add(o.name() + ": " + o.millis() + " ms");
            }
            maxHeap = Math.max(maxHeap, o.heap());
            if (millis.size() % 250 == 0 && millis.size() < inputs) {
                // a long benchmark run leaves its figures so far, in case it is stopped
                Files.writeString(Path.of("target", "fuzz-progress.txt"), summary(millis.size(), threads, seed, budget,
                        results, failures, internal, invalid, badMessages, hangs, millis,
                        (System.nanoTime() - started) / 1_000_000, maxHeap, extractor.running()));
            }
        }
        pool.shutdown();
        long totalMs = (System.nanoTime() - started) / 1_000_000;
        String summary = summary(inputs, threads, seed, budget, results, failures, internal, invalid, badMessages, hangs,
                millis, totalMs, maxHeap, extractor.running());
        System.out.println(summary);
        Files.writeString(Path.of("target", "fuzz-summary.txt"), summary);

        assertEquals(List.of(), internal, "internal errors");
        assertEquals(List.of(), invalid, "outputs that break the schema, a span or a count");
        assertEquals(List.of(), badMessages, "failures that are not one line for a user");
        // Hangs past the budget are counted for the benchmark, not asserted: the verdict would depend on the
        // machine's load. BudgetedExtractor returns at the budget by construction (BatchBudgetTest).
    }

    /** How one input ended. */
    private record Outcome(String name, boolean result, String failure, List<String> internal, List<String> invalid,
                           List<String> badMessages, long millis, long heap) {
    }

    private Outcome run(int i, ReportMutator.Input in, ReportFileReader reader, ReportExtractor extractor,
                        OutputChecks checks) throws IOException {
        String name = "input " + i + " (" + in.description() + ")";
        Path file = dir.resolve("r" + i + ".txt");
        Files.write(file, in.bytes());
        long t0 = System.nanoTime();
        InputVerdict v;
        try {
            v = InputVerdict.of(file, reader, extractor, checks);
        } finally {
            Files.delete(file);
        }
        List<String> internal = v.internal().stream().map(p -> name + ": " + p).toList();
        List<String> invalid = v.invalid().stream().map(p -> name + ": " + p).toList();
        List<String> badMessages = v.badMessage() == null ? List.of() : List.of(name + ": " + v.badMessage());
        String failure = v.failure() == null ? null : v.thrown() instanceof BudgetedExtractor.OverBudget
                ? "over the time budget: " + name
                : v.failure().replaceAll("[0-9][0-9,]*", "N").replaceAll("'[^']*'", "'…'")
                        .replaceAll("^[^:]*r[0-9]+\\.txt: ", "");
        boolean result = v.result();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        return new Outcome(name, result, failure, internal, invalid, badMessages, ms,
                rt.totalMemory() - rt.freeMemory());
    }

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        for (String s : SEEDS) {
            try (InputStream in = ReportFuzzTest.class.getResourceAsStream(s)) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String summary(int inputs, int threads, long seed, Duration budget, int results, Map<String, Integer> failures,
                                  List<String> internal, List<String> invalid, List<String> badMessages,
                                  List<String> hangs, List<Long> millis, long totalMs, long maxHeap, int running) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("fuzz: %d inputs on %d threads, seed %d, budget %ds: %d results, %d one-line failures, "
                        + "%d internal errors, %d invalid outputs, %d bad messages, %d hangs past the budget%n",
                inputs, threads, seed, budget.toSeconds(), results, inputs - results - internal.size(), internal.size(),
                invalid.size(), badMessages.size(), hangs.size()));
        sb.append(String.format("time per input: median %d ms, p95 %d ms, max %d ms; total %.1f s; "
                        + "peak heap used %d MB; reports still running at the end %d%n",
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1),
                totalMs / 1000.0, maxHeap >> 20, running));
        failures.forEach((reason, n) -> sb.append(String.format("  %5d  %s%n", n, reason)));
        for (List<String> l : List.of(internal, invalid, badMessages, hangs)) {
            l.stream().limit(20).forEach(x -> sb.append("  ! ").append(x).append('\n'));
        }
        return sb.toString();
    }
}
