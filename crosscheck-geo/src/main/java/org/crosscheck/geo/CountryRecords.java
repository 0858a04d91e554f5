package org.crosscheck.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexWriter;

/**
 * The countries and world regions of the bundled index, from the world-countries list: each country by its
 * common, official and alternative names (and the plain forms of these: "Republic of Turkey" is Turkey), with
 * its demonyms, at its {@link CountryPoints#point}; each region and subregion at its centre of population.
 */
final class CountryRecords {
    private static final Pattern OF_NAME = Pattern.compile(".* of (?:the )?(\\p{Lu}[^,()]*)");

    private CountryRecords() {
    }

    /** How many countries and regions one run wrote. */
    record Written(int countries, int regions) {
    }

    /**
     * Writes every country of {@code allCountries} (with outlines in {@code outlines}, populations by ISO code in
     * {@code pop}) and the regions they make up.
     */
    static Written write(IndexWriter w, JsonNode allCountries, Path outlines, Map<String, Long> pop)
            throws IOException {
        int regionCount = 0;
        int countries = 0;
        Map<String, List<GazetteerEntry>> regions = new LinkedHashMap<>();
        Map<String, List<Double>> regionAreas = new HashMap<>();
        Set<String> continents = new HashSet<>();
        Set<String> commonNames = new HashSet<>();
        allCountries.forEach(c -> commonNames.add(Names.key(c.path("name").path("common").asText())));
        for (JsonNode c : allCountries) {
            String cca2 = c.path("cca2").asText();
            JsonNode ll = c.path("latlng");
            if (cca2.isEmpty() || ll.size() < 2) {
                continue;
            }
            double[] point = CountryPoints.point(ll.get(0).asDouble(), ll.get(1).asDouble(),
                    outlines.resolve(c.path("cca3").asText().toLowerCase(Locale.ROOT)
                            + ".geo.json"));
            String common = c.path("name").path("common").asText();
            List<String> names = new ArrayList<>(List.of(common, c.path("name").path("official").asText()));
            c.path("altSpellings").forEach(a -> names.add(a.asText()));
            for (String n : List.copyOf(names)) {
                // "Great Britain" is also plain "Britain"; "Republic of Turkey" plain "Turkey"; "Holy See
                // (Vatican City State)" plain "Holy See"; never another country's name ("Republic of China").
                String plain = null;
                if (n.startsWith("Great ") && n.indexOf(' ', 6) < 0) {
                    plain = n.substring(6);
                }
                Matcher of = OF_NAME.matcher(n);
                if (of.matches()) {
                    plain = of.group(1);
                }
                int paren = n.indexOf(" (");
                if (paren > 0) {
                    plain = n.substring(0, paren);
                }
                if (plain != null && !commonNames.contains(Names.key(plain))) {
                    names.add(plain);
                }
            }
            for (String n : List.copyOf(names)) {
                // "USA" is also written "U.S.A."; the dotted form keys differently.
                if (n.length() <= 3 && n.equals(n.toUpperCase(Locale.ROOT))
                        && n.chars().allMatch(Character::isLetter)) {
                    names.add(String.join(".", n.split("")) + ".");
                }
            }
            List<String> demonyms = new ArrayList<>();
            JsonNode eng = c.path("demonyms").path("eng");
            for (String g : List.of("m", "f")) {
                String d = eng.path(g).asText();
                if (!d.isEmpty() && !demonyms.contains(d)) {
                    demonyms.add(d);
                }
            }
            GazetteerEntry e = new GazetteerEntry("cc:" + cca2, null, common, List.of(), point[0], point[1], "A",
                    "PCLI", cca2, "", "", pop.getOrDefault(cca2, 0L), null, null);
            w.addDocument(IndexSchema.toDocument(e, names, List.of(common), demonyms));
            countries++;
            double area = Math.max(1, c.path("area").asDouble());
            continents.add(c.path("region").asText());
            for (String r : List.of(c.path("region").asText(), c.path("subregion").asText())) {
                if (!r.isBlank() && !r.equals("Antarctic")) {
                    regions.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
                    regionAreas.computeIfAbsent(r, k -> new ArrayList<>()).add(area);
                }
            }
        }
        for (Map.Entry<String, List<GazetteerEntry>> r : regions.entrySet()) {
            boolean continent = continents.contains(r.getKey());
            GazetteerEntry e = CountryPoints.region(r.getKey(), continent, r.getValue(),
                    regionAreas.get(r.getKey()));
            w.addDocument(IndexSchema.toDocument(e, CountryPoints.regionNames(r.getKey()), List.of(r.getKey()),
                    CountryPoints.regionDemonyms(r.getKey())));
            regionCount++;
        }
        return new Written(countries, regionCount);
    }
}
