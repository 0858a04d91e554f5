package org.crosscheck.ledger;

import java.util.Locale;

/** The export formats; {@link #toString()} is the name the command line takes. */
public enum ExportFormat {
    JSON("json"), ACLED_CSV("acled-csv"), UCDP_CSV("ucdp-csv"), GEOJSON("geojson"),
    /** The claims behind the exported events, one row each, keyed by the events' ids: the CSV files' second table. */
    CLAIMS_CSV("claims-csv");

    private final String name;

    ExportFormat(String name) {
        this.name = name;
    }

    public static ExportFormat named(String name) {
        for (ExportFormat f : values()) {
            if (f.name.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (json, acled-csv, ucdp-csv, geojson, claims-csv)");
    }

    /**
     * The estimate policy a format is written under unless one is asked for, the same in the API and the command
     * line: {@code range} for UCDP's file, whose best/high/low columns it fills, {@code acled} for the others.
     */
    public EstimatePolicy defaultPolicy() {
        return this == UCDP_CSV ? EstimatePolicy.RANGE : EstimatePolicy.ACLED;
    }

    @Override
    public String toString() {
        return name;
    }
}
