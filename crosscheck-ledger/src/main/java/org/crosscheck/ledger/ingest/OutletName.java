package org.crosscheck.ledger.ingest;

import java.util.Locale;

/**
 * The name an outlet's own voice is shown under, from the report header's outlet field, which often carries a
 * cataloguer's notes: "Daily Record (text as republished by a blog)" is "Daily Record", "probably City Radio" is
 * "City Radio", "Agence X (Lima), translation" is "Agence X". Without a name ("unknown (regional outlet)", none) the
 * voice is the report's. Stateless.
 */
final class OutletName {
    /** The claimant of what a report says in its own voice when its outlet is not known. */
    static final String REPORT = "the report";

    private OutletName() {
    }

    static String of(String outlet) {
        if (outlet == null) {
            return REPORT;
        }
        String name = outlet.strip();
        for (String hedge : new String[] {"probably ", "possibly ", "likely "}) {
            if (name.toLowerCase(Locale.ROOT).startsWith(hedge)) {
                name = name.substring(hedge.length()).strip();
            }
        }
        int cut = name.length();
        for (char c : new char[] {'(', ',', ';'}) {
            int at = name.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        name = name.substring(0, cut).strip();
        return name.isEmpty() || name.equalsIgnoreCase("unknown") ? REPORT : name;
    }
}
