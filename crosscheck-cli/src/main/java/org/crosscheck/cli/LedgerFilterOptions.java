package org.crosscheck.cli;

import java.time.LocalDate;
import org.crosscheck.ledger.EventQuery;
import picocli.CommandLine.Option;

/** The event filters of {@code events} and {@code export}. */
public final class LedgerFilterOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "Events ending on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events starting on or before this day.")
    LocalDate to;

    @Option(names = "--country", paramLabel = "CC", description = "ISO country code.")
    String country;

    @Option(names = "--admin1", paramLabel = "NAME", description = "Province or state.")
    String admin1;

    @Option(names = "--actor", paramLabel = "NAME", description = "An actor's name or alias.")
    String actor;

    @Option(names = "--claimant", paramLabel = "NAME", description = "A claimant's name or alias.")
    String claimant;

    @Option(names = "--contested", description = "Only events whose claims cannot all be true.")
    boolean contested;

    EventQuery query(int limit) {
        return new EventQuery(from, to, country, admin1, actor, claimant, contested ? Boolean.TRUE : null, limit, 0);
    }
}
