package org.crosscheck.ledger.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The countries the exports name, as data ({@code countries.tsv}): the ISO 3166-1 codes, the English name and
 * the ACLED and UCDP regions of each, found by the ISO-2 code the ledger stores. Immutable; thread-safe.
 */
final class Countries {
    /** One country's row. */
    record Country(String iso2, String iso3, int isoNumeric, String name, String acledRegion, String ucdpRegion) {
    }

    private static final Countries TABLE = load();

    private final Map<String, Country> byIso2;

    private Countries(Map<String, Country> byIso2) {
        this.byIso2 = Map.copyOf(byIso2);
    }

    /** The country with this ISO-2 code, or null (none given, or a code the table does not hold). */
    static Country of(String iso2) {
        return iso2 == null ? null : TABLE.byIso2.get(iso2.strip().toUpperCase(Locale.ROOT));
    }

    private static Countries load() {
        Map<String, Country> out = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.put(f[0], new Country(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Countries(out);
    }
}
