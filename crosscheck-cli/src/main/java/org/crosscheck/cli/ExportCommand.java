package org.crosscheck.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.ExportFormat;
import org.crosscheck.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code crosscheck export}: the ledger as ACLED- or UCDP-style CSV, JSON or GeoJSON. */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Write the ledger's events with every ACLED / UCDP GED column plus sources; the claims as a "
                + "second table (claims-csv).")
final class ExportCommand extends LedgerCommand {
    @Option(names = "--format", paramLabel = "F", defaultValue = "acled-csv",
            description = "json, acled-csv, ucdp-csv, geojson or claims-csv (${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--policy", paramLabel = "P",
            description = "Figures under acled (most conservative), range (low/best/high) or analyst (an analyst's "
                    + "own figure where one is set, else acled). Default: range for ucdp-csv, acled otherwise.")
    String policy;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    LedgerFilterOptions filters;

    private ExportFormat f;
    private EstimatePolicy p;

    @Override
    void check() {
        try {
            f = ExportFormat.named(format);
            p = policy != null ? EstimatePolicy.named(policy) : f.defaultPolicy();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int run(Ledger ledger, PrintWriter stdout) throws Exception {
        if (out == null) {
            // The command line's own writer (UTF-8 standard output in `main`, captured in tests).
            ledger.export(f, p, filters.query(1), stdout);
        } else {
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                ledger.export(f, p, filters.query(1), w);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Main.EXIT_OK;
    }
}
