package org.crosscheck.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The one typed configuration of a Crosscheck process. {@code dataDir} holds the gazetteer index and the
 * embedded ledger; {@code jdbcUrl} (nullable) points the ledger at PostgreSQL instead; {@code maxReportBytes}
 * bounds the size of one input file; {@code threads} is how many reports are extracted at once. Immutable.
 */
public record CrosscheckConfig(Path dataDir, String jdbcUrl, long maxReportBytes, int threads) {
    /** 20 MB: far above any news report, low enough to refuse a mistaken dump. */
    public static final long DEFAULT_MAX_REPORT_BYTES = 20L * 1024 * 1024;

    public CrosscheckConfig {
        Objects.requireNonNull(dataDir, "dataDir");
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
