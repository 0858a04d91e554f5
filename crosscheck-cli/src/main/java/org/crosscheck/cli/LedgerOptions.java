package org.crosscheck.cli;

import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.CrosscheckConfig;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the ledger is: the embedded store in the data folder, or a PostgreSQL server given by JDBC URL. */
public final class LedgerOptions {
    @Mixin
    ConfigOptions config;

    @Option(names = "--jdbc", paramLabel = "URL", defaultValue = "${env:CROSSCHECK_JDBC_URL}",
            description = "PostgreSQL JDBC URL of the ledger (default: env CROSSCHECK_JDBC_URL, else the embedded "
                    + "store in the data folder).")
    String jdbc;

    CrosscheckConfig toConfig(CommandLine cl) {
        CrosscheckConfig c = config.toConfig(cl);
        return new CrosscheckConfig(c.dataDir(), jdbc == null || jdbc.isBlank() ? null : jdbc, c.maxReportBytes(),
                c.threads(), c.reportBudget());
    }

    Ledger open(CommandLine cl) {
        return Ledger.open(toConfig(cl));
    }
}
