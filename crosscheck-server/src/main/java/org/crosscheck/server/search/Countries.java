package org.crosscheck.server.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.NameKey;

/**
 * What a user may type for a country in a filter: its ISO 3166-1 alpha-2 code (what the ledger stores), its
 * alpha-3 code, its English name as the JDK's locale data (CLDR) gives it, or another common name from
 * {@code country-names.txt}. Compared under {@link NameKey}. Immutable after construction; thread-safe.
 */
public final class Countries {
    private static final String OTHER_NAMES = "country-names.txt";
    private static final Countries DEFAULT = new Countries();

    private final Map<String, String> byKey = new HashMap<>();

    private Countries() {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale.Builder().setRegion(iso2).build();
            put(iso2, iso2);
            put(l.getISO3Country(), iso2);
            put(l.getDisplayCountry(Locale.ENGLISH), iso2);
        }
        try (InputStream in = Countries.class.getResourceAsStream(OTHER_NAMES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OTHER_NAMES);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || !cols[1].strip().matches("[A-Z]{2}")) {
                    throw new IllegalStateException(OTHER_NAMES + ": not 'name<TAB>ISO-2 code': " + line);
                }
                put(cols[0], cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Countries standard() {
        return DEFAULT;
    }

    private void put(String name, String iso2) {
        String k = NameKey.of(name);
        if (!k.isEmpty()) {
            byKey.putIfAbsent(k, iso2);
        }
    }

    /** The English name of a country by its ISO alpha-2 code; the code itself when the JDK has no name for it. */
    public String name(String iso2) {
        if (iso2 == null || !iso2.matches("[A-Za-z]{2}")) {
            return iso2;
        }
        String n = new Locale.Builder().setRegion(iso2).build().getDisplayCountry(Locale.ENGLISH);
        return n.isBlank() ? iso2 : n;
    }

    /** The ISO alpha-2 code of a country named by code or name, if known. */
    public Optional<String> iso2(String given) {
        return Optional.ofNullable(byKey.get(NameKey.of(given)));
    }
}
