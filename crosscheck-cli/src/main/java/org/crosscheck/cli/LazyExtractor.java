package org.crosscheck.cli;

import java.util.Objects;
import java.util.function.Supplier;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;

/**
 * An extractor built on first use, so that a run whose every input fails the reader's checks never loads the NLP
 * models. Thread-safe: the first worker to need it builds it while the others wait. A failure to build is
 * remembered and thrown to every later caller as a {@link LoadFailure}.
 */
final class LazyExtractor implements ReportExtractor {
    /** The pipeline could not be built: no report can be extracted in this process. */
    static final class LoadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoadFailure(Throwable cause) {
            super("cannot load the extraction pipeline: " + Main.describe(cause), cause);
        }
    }

    private final Supplier<ReportExtractor> supplier;
    private final Runnable beforeLoad;
    private volatile ReportExtractor delegate;
    private LoadFailure failure;
    private volatile long loadNanos = -1;

    /** @param beforeLoad run once, just before the pipeline is built (to tell a waiting user) */
    LazyExtractor(Supplier<ReportExtractor> supplier, Runnable beforeLoad) {
        this.supplier = Objects.requireNonNull(supplier);
        this.beforeLoad = Objects.requireNonNull(beforeLoad);
    }

    @Override
    public Extraction extract(ReportSource source) {
        return get().extract(source);
    }

    ReportExtractor get() {
        ReportExtractor d = delegate;
        if (d != null) {
            return d;
        }
        synchronized (this) {
            if (delegate == null) {
                if (failure != null) {
                    throw failure;
                }
                beforeLoad.run();
                long t0 = System.nanoTime();
                try {
                    delegate = Objects.requireNonNull(supplier.get(), "extractor factory returned null");
                } catch (RuntimeException | LinkageError e) {
                    failure = new LoadFailure(e);
                    throw failure;
                }
                loadNanos = System.nanoTime() - t0;
            }
            return delegate;
        }
    }

    boolean loaded() {
        return delegate != null;
    }

    /** How long building the pipeline took, or -1 when it has not been built. */
    long loadNanos() {
        return loadNanos;
    }
}
