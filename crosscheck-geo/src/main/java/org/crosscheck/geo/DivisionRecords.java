package org.crosscheck.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Records of administrative divisions the sources give only in part: US counties from the postal-code dump, and
 * second-level divisions named by a GeoNames admin2 code file (which has no coordinates: a district stands at its
 * seat, else at its most populous place in the index). Stateless, thread-safe.
 */
final class DivisionRecords {
    private static final Pattern DIVISION_WORD = Pattern.compile(
            "\\s+(Province|Region|Governorate|State|District|Oblast|Prefecture|County|Division|Department|"
                    + "Municipality|Territory|Parish|Emirate|Voivodeship|Canton|Krai|Tehsil|Agency)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?:Al|Ad|Ar|As|Ash|At|Az|Adh|Ath)[- ](\\p{L}.*)");

    /** Abbreviations of first-level divisions by GeoNames code ("US.PA" → "Pa.", "Penn."), from the resource file. */
    static final Map<String, List<String>> ABBREVIATIONS = loadAbbreviations();
    private static final java.util.Set<String> ABBREVIATION_KEYS = ABBREVIATIONS.values().stream().flatMap(List::stream)
            .map(Names::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private DivisionRecords() {
    }

    /** Whether {@code name} is a division's abbreviation ("Tenn.", "Ont."): a name, not a title like "Mr.". */
    static boolean isAbbreviation(String name) {
        return name.endsWith(".") && ABBREVIATION_KEYS.contains(Names.key(name));
    }

    private static Map<String, List<String>> loadAbbreviations() {
        Map<String, List<String>> out = new HashMap<>();
        try (java.io.InputStream in = DivisionRecords.class.getResourceAsStream("division-abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource division-abbreviations.txt");
            }
            BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || f.length != 2) {
                    continue;
                }
                List<String> abbreviations = new java.util.ArrayList<>();
                for (String a : f[1].split(",")) {
                    abbreviations.add(a.strip());
                }
                out.put(f[0].strip(), List.copyOf(abbreviations));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    /**
     * The name without a leading Arabic article ("Anbar" of "Al Anbar", "Raqqah" of "Ar Raqqah"), as news writes
     * most provinces, when it has one.
     */
    static Optional<String> withoutArticle(String name) {
        Matcher m = LEADING_ARTICLE.matcher(name);
        return m.matches() && m.group(1).length() >= 3 ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The name without its division word ("Gaza" of "Gaza Province"), when it has one. */
    static Optional<String> bare(String name) {
        String bare = DIVISION_WORD.matcher(name).replaceAll("");
        return bare.equals(name) || bare.isBlank() ? Optional.empty() : Optional.of(bare);
    }

    /**
     * The district that GeoNames code {@code code} (PK.03.1168875) names, at its seat (PPLA2, else PPLA or PPLC) or
     * else its most populous place among the index's places with that code; empty when the index has none.
     */
    static Optional<GazetteerEntry> admin2(String code, String name, IndexSearcher places) {
        String[] c = code.split("\\.");
        if (c.length != 3) {
            return Optional.empty();
        }
        GazetteerEntry best = null;
        long pop = 0;
        try {
            TopDocs td = places.search(new TermQuery(new Term(IndexSchema.IN_ADMIN2, code)), 5000);
            for (ScoreDoc sd : td.scoreDocs) {
                GazetteerEntry e = IndexSchema.decode(places.storedFields().document(sd.doc).get(IndexSchema.RECORD));
                if (best == null || seatRank(e) > seatRank(best)
                        || seatRank(e) == seatRank(best) && e.population() > best.population()) {
                    best = e;
                }
                pop += e.population();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new GazetteerEntry("a2:" + code, null, name, List.of(), best.lat(), best.lon(), "A", "ADM2",
                c[0], c[1], c[2], pop, best.admin1Name(), name));
    }

    /**
     * US counties from GeoNames' postal-code dump: one per state and FIPS code (GeoNames' own admin2 code), named
     * "X County" ("X Parish" in Louisiana), at the mean of its postal codes' points. Empty when the file is absent.
     */
    static Map<String, GazetteerEntry> usCounties(Path postal, Map<String, Long> pop) throws IOException {
        Map<String, GazetteerEntry> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(postal)) {
            return out;
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(postal, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 11 || f[4].isEmpty() || f[5].isEmpty() || f[6].isEmpty() || f[5].contains("(")
                        || f[9].isEmpty() || f[10].isEmpty()) {
                    continue;
                }
                String code = f[0] + "." + f[4] + "." + f[6];
                double[] s = sums.computeIfAbsent(code, k -> new double[3]);
                s[0] += Double.parseDouble(f[9]);
                s[1] += Double.parseDouble(f[10]);
                s[2]++;
                names.putIfAbsent(code, f[5]);
            }
        }
        for (Map.Entry<String, double[]> m : sums.entrySet()) {
            String[] code = m.getKey().split("\\.");
            String name = names.get(m.getKey());
            if (!COUNTY_WORD.matcher(name).find()) {
                name = name + (code[1].equals("LA") ? " Parish" : " County");
            }
            double[] s = m.getValue();
            out.put(m.getKey(), new GazetteerEntry("a2:" + m.getKey(), null, name, List.of(), s[0] / s[2],
                    s[1] / s[2], "A", "ADM2", code[0], code[1], code[2], pop.getOrDefault(m.getKey(), 0L), null, name));
        }
        return out;
    }

    private static final Pattern COUNTY_WORD = Pattern.compile(
            "\\b(County|Parish|Borough|Census Area|Municipality|City and Borough)$");

    /** How well a place stands for its district: its own seat first, then a provincial or national capital. */
    static int seatRank(GazetteerEntry e) {
        return switch (e.featureCode()) {
            case "PPLA2" -> 3;
            case "PPLA", "PPLC" -> 2;
            default -> 1;
        };
    }

}
