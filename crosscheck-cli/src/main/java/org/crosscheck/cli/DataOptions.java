package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.model.CrosscheckConfig;
import picocli.CommandLine.Option;

/** The data folder, which every command that keeps or reads state takes. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:crosscheck.data:-crosscheck-data}",
            description = "Data folder (gazetteer index, ledger, tokens); built on first use. Default: ${DEFAULT-VALUE}.")
    Path data;

    /** The process's defaults in this data folder. */
    CrosscheckConfig config() {
        CrosscheckConfig d = CrosscheckConfig.defaults();
        return new CrosscheckConfig(data, d.jdbcUrl(), d.maxReportBytes(), d.threads(), d.reportBudget());
    }
}
