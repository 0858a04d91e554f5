package org.crosscheck.ledger;

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
import java.util.function.Consumer;
import org.crosscheck.model.NameKey;

/**
 * The one country table, as data: {@code countries.tsv} gives each country's ISO 3166-1 codes, English name and
 * ACLED and UCDP regions, found by the ISO-2 code the ledger stores; {@code country-names.txt} adds the other names
 * users type for a country. The exports read the rows, the API's filters and search the names. Immutable;
 * thread-safe.
 */
public final class Countries {
    /** One country's row. */
    public record Country(String iso2, String iso3, int isoNumeric, String name, String acledRegion,
                          String ucdpRegion) {
    }

    private static final Countries TABLE = load();

    private final Map<String, Country> byIso2;
    /** Name keys of codes and names (the table's, the JDK's English ones and the other names) to ISO-2 codes. */
    private final Map<String, String> byName;

    private Countries(Map<String, Country> byIso2, Map<String, String> byName) {
        this.byIso2 = Map.copyOf(byIso2);
        this.byName = Map.copyOf(byName);
    }

    /** The country with this ISO-2 code, or null (none given, or a code the table does not hold). */
    public static Country of(String iso2) {
        return iso2 == null ? null : TABLE.byIso2.get(iso2.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The ISO-2 code of a country given by its ISO-2 or ISO-3 code, its name in the table, its English name in the
     * JDK's locale data (CLDR) or another common name, compared under {@link NameKey}; empty when none is known.
     */
    public static Optional<String> iso2(String given) {
        return given == null ? Optional.empty() : Optional.ofNullable(TABLE.byName.get(NameKey.of(given)));
    }

    /**
     * The English name of a country by its ISO-2 code: the table's, else the JDK's (a code such as Kosovo's XK that
     * is not in ISO 3166-1), else the code itself.
     */
    public static String name(String iso2) {
        Country c = of(iso2);
        if (c != null) {
            return c.name();
        }
        if (iso2 == null || !iso2.matches("[A-Za-z]{2}")) {
            return iso2;
        }
        String n = cldrName(iso2);
        return n.isBlank() ? iso2 : n;
    }

    private static String cldrName(String iso2) {
        return new Locale.Builder().setRegion(iso2).build().getDisplayCountry(Locale.ENGLISH);
    }

    private static Countries load() {
        Map<String, Country> rows = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        lines("countries.tsv", line -> {
            String[] f = line.split("\t", -1);
            Country c = new Country(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5]);
            rows.put(c.iso2(), c);
            for (String n : new String[] {c.iso2(), c.iso3(), c.name()}) {
                names.putIfAbsent(NameKey.of(n), c.iso2());
            }
        });
        for (String iso2 : rows.keySet()) {
            names.putIfAbsent(NameKey.of(cldrName(iso2)), iso2);
        }
        lines("country-names.txt", line -> {
            String[] f = line.split("\t");
            if (f.length != 2 || !f[1].strip().matches("[A-Z]{2}")) {
                throw new IllegalStateException("country-names.txt: not 'name<TAB>ISO-2 code': " + line);
            }
            names.putIfAbsent(NameKey.of(f[0]), f[1].strip());
        });
        names.remove("");
        return new Countries(rows, names);
    }

    /** Each line of a resource beside this class that is neither blank nor a comment. */
    private static void lines(String resource, Consumer<String> each) {
        try (InputStream in = Countries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    each.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
