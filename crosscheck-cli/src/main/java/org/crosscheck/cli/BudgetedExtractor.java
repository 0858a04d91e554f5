package org.crosscheck.cli;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.UnreadableReportException;

/**
 * An extractor that gives each report at most a time budget. The report runs on a thread of its own while the
 * caller waits; past the budget the caller gets a one-line {@link OverBudget} failure at once and goes on to the
 * next report, and the report's thread is interrupted (CoreNLP stops at its next annotator). Java has no safe way
 * to kill a thread, so one that ignores the interrupt finishes its work in the background; the input limits of
 * the analyzer keep that work bounded. Loading the pipeline (first use) is not counted. Thread-safe.
 *
 * <p>Errors such as {@link OutOfMemoryError} are passed on, not caught: the JVM may not be safe after one.
 */
final class BudgetedExtractor implements ReportExtractor {
    /** How often a waiting caller looks at the clock: the most a report can overrun its budget. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** A report that was still being extracted when its budget ran out. */
    static final class OverBudget extends UnreadableReportException {
        private static final long serialVersionUID = 1L;

        OverBudget(Duration budget) {
            super("not extracted within the time budget of " + ReportOptions.DurationConverter.format(budget)
                    + " per report (--time-budget)");
        }
    }

    private final Supplier<ReportExtractor> extractor;
    private final Duration budget;
    private final LongSupplier nanos;
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService runners;

    BudgetedExtractor(Supplier<ReportExtractor> extractor, Duration budget) {
        this(extractor, budget, System::nanoTime);
    }

    /** @param nanos the clock the budget is measured on (tests move a fake one instead of waiting) */
    BudgetedExtractor(Supplier<ReportExtractor> extractor, Duration budget, LongSupplier nanos) {
        this.extractor = Objects.requireNonNull(extractor);
        this.budget = Objects.requireNonNull(budget);
        this.nanos = Objects.requireNonNull(nanos);
        AtomicInteger threadNo = new AtomicInteger();
        this.runners = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "crosscheck-report-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Extraction extract(ReportSource source) {
        ReportExtractor x = extractor.get();
        long start = nanos.getAsLong();
        Future<Extraction> f = runners.submit(() -> {
            running.incrementAndGet();
            try {
                return x.extract(source);
            } finally {
                running.decrementAndGet();
            }
        });
        try {
            while (true) {
                try {
                    return f.get(POLL_NANOS, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (nanos.getAsLong() - start >= budget.toNanos()) {
                        f.cancel(true);
                        throw new OverBudget(budget);
                    }
                }
            }
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw Futures.cause(e);
        }
    }

    /** Reports still running, including any left behind by a budget that ran out. */
    int running() {
        return running.get();
    }
}
