package org.crosscheck.cli;

import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.CrosscheckConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The one mixin of every command that works on the ledger: where it is, the embedded store in the data folder or
 * a PostgreSQL server given by JDBC URL.
 */
public final class LedgerOptions {
    @Mixin
    DataOptions data;

    @Option(names = "--jdbc", paramLabel = "URL", defaultValue = "${env:CROSSCHECK_JDBC_URL}",
            description = "PostgreSQL JDBC URL of the ledger (default: env CROSSCHECK_JDBC_URL, else the embedded "
                    + "store in the data folder).")
    String jdbc;

    CrosscheckConfig config() {
        CrosscheckConfig c = data.config();
        return new CrosscheckConfig(c.dataDir(), jdbc == null || jdbc.isBlank() ? null : jdbc, c.maxReportBytes(),
                c.threads(), c.reportBudget());
    }

    Ledger open() {
        return Ledger.open(config());
    }
}
