package org.crosscheck.geo;

import java.util.Objects;
import java.util.Set;

/**
 * What the gazetteer says of a name, as the tagger's rules ask it: is it a country, a capital, a first-level
 * division, a notable place. Thread-safe: holds only the thread-safe gazetteer.
 */
final class NameFacts {
    /** A place this populous lends its name to organisations ("Quetta Garrison Command"). */
    private static final long NOTABLE_POPULATION = 100_000;

    private final LuceneGazetteer gazetteer;

    NameFacts(LuceneGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    LuceneGazetteer gazetteer() {
        return gazetteer;
    }

    /** Adds the code of the country {@code name} names, if it names one. */
    void noteCountry(String name, Set<String> countries) {
        String cc = countryOf(name);
        if (cc != null) {
            countries.add(cc);
        }
    }

    /** The code of the country this is the name of, or null. */
    String countryOf(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY && Names.key(e.name()).equals(Names.key(name))) {
                return e.country();
            }
        }
        return null;
    }

    boolean isCountryOrCapital(String name) {
        return anyOf(name, GazetteerEntry.Kind.COUNTRY, GazetteerEntry.Kind.CAPITAL);
    }

    boolean isCountryOrDivision(String name) {
        return anyOf(name, GazetteerEntry.Kind.COUNTRY, GazetteerEntry.Kind.ADMIN1);
    }

    /** A country or a first- or second-level division: a name that can enclose another ("Kalat, Balochistan"). */
    boolean isDivision(String name) {
        return anyOf(name, GazetteerEntry.Kind.COUNTRY, GazetteerEntry.Kind.ADMIN1, GazetteerEntry.Kind.ADMIN2);
    }

    /** A country, a first-level division or a city of 100,000: names an organisation borrows from a place. */
    boolean isNotable(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1
                    || e.population() >= NOTABLE_POPULATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * A first- or second-level division of this very name among the name's readings, however small the division
     * and however many towns share the name ("Turkana" of "Turkana County").
     */
    boolean namesDivision(String name) {
        String key = Names.key(name);
        for (GazetteerEntry e : gazetteer.lookup(name, 10)) {
            if ((e.kind() == GazetteerEntry.Kind.ADMIN1 || e.kind() == GazetteerEntry.Kind.ADMIN2)
                    && Names.key(e.name()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyOf(String name, GazetteerEntry.Kind... kinds) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            for (GazetteerEntry.Kind k : kinds) {
                if (e.kind() == k) {
                    return true;
                }
            }
        }
        return false;
    }
}
