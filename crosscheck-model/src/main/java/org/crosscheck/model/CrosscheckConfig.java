package org.crosscheck.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The one typed configuration of a Crosscheck process. {@code dataDir} holds the gazetteer index and the
 * embedded ledger; {@code jdbcUrl} (nullable) points the ledger at PostgreSQL instead; {@code maxReportBytes}
 * bounds the size of one input file; {@code threads} is how many reports are extracted at once;
 * {@code reportBudget} is the time one report may take to extract before it is given up (a batch goes on
 * without it). Immutable.
 */
public record CrosscheckConfig(Path dataDir, String jdbcUrl, long maxReportBytes, int threads,
                               Duration reportBudget) {
    /** 20 MB: far above any news report, low enough to refuse a mistaken dump. */
    public static final long DEFAULT_MAX_REPORT_BYTES = 20L * 1024 * 1024;
    /**
     * 60 s: a news report takes well under a second and a 100 KB one a few seconds; only a pathological input
     * (megabytes of one line, thousands of nested brackets) comes near it. See docs/BENCHMARKS.md, issue 14.
     */
    public static final Duration DEFAULT_REPORT_BUDGET = Duration.ofSeconds(60);

    /** The configuration with the default time budget per report. */
    public CrosscheckConfig(Path dataDir, String jdbcUrl, long maxReportBytes, int threads) {
        this(dataDir, jdbcUrl, maxReportBytes, threads, DEFAULT_REPORT_BUDGET);
    }

    public CrosscheckConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(reportBudget, "reportBudget");
        if (reportBudget.isNegative() || reportBudget.isZero()) {
            throw new IllegalArgumentException("reportBudget must be positive");
        }
        if (maxReportBytes <= 0) {
            throw new IllegalArgumentException("maxReportBytes must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static CrosscheckConfig defaults() {
        return new CrosscheckConfig(Path.of("crosscheck-data"), null, DEFAULT_MAX_REPORT_BYTES,
                Runtime.getRuntime().availableProcessors());
    }

    public Path gazetteerDir() {
        return dataDir.resolve("gazetteer");
    }

    public Path ledgerDir() {
        return dataDir.resolve("ledger");
    }
}
