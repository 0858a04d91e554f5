package org.crosscheck.ledger;

import java.util.Locale;

/** The export formats; {@link #toString()} is the name the command line takes. */
public enum ExportFormat {
    JSON("json"), ACLED_CSV("acled-csv"), UCDP_CSV("ucdp-csv"), GEOJSON("geojson");

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
        throw new IllegalArgumentException("unknown format '" + name + "' (json, acled-csv, ucdp-csv, geojson)");
    }

    @Override
    public String toString() {
        return name;
    }
}
