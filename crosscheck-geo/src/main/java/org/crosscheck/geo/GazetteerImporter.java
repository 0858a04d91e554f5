package org.crosscheck.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes gazetteer records into the Lucene index. {@link #buildBundled} makes a new index from the files the
 * build fetched (GeoNames cities500, the world-countries list, the country-state-city divisions);
 * {@link #importFile} merges any GeoNames dump in its tab format into an existing index: the geoname table
 * (allCountries.txt, PK.txt, cities1000.txt…) or an admin code file (admin1CodesASCII.txt, admin2Codes.txt).
 * Records replace earlier ones with the same key, so importing a file twice is harmless. Not thread-safe: one
 * importer writes at a time, and a {@link LuceneGazetteer} opened before an import sees it only when reopened.
 */
public final class GazetteerImporter {
    /** File names, in the sources folder, of what the build fetched. */
    public static final String CITIES = "cities500.txt";
    public static final String COUNTRIES = "countries.json";
    public static final String STATES = "csc-state.json";
    public static final String STATE_CITIES = "csc-city.json";
    /** Optional: GeoNames' US postal-code dump (US counties by FIPS code, which is GeoNames' admin2 code). */
    public static final String US_POSTAL = "us-postal.txt";
    /** Optional: folder of country outlines ({@code <cca3>.geo.json}) from the world-countries package. */
    public static final String COUNTRY_OUTLINES = "countries-geo";
    /**
     * Version of what {@link #buildBundled} writes, kept in the index's commit data: an index built by an older
     * version is rebuilt from the sources on open ({@link LuceneGazetteer#open}).
     */
    public static final String BUNDLED_VERSION = "7";
    static final String VERSION_KEY = "crosscheck.bundled";
    /** Farther than this from the mean of its country's places, a division's point from the package is wrong. */
    private static final double FAR_FROM_COUNTRY_KM = 2500;

    private final ObjectMapper json = new ObjectMapper();

    /** Counts of what one run wrote. */
    public record Stats(int places, int divisions, int countries) {
    }

    /**
     * Builds a new index in {@code indexDir} from {@code sourcesDir}, replacing whatever was there.
     *
     * @throws IOException when a source file is missing or unreadable
     */
    public Stats buildBundled(Path sourcesDir, Path indexDir) throws IOException {
        for (String f : List.of(CITIES, COUNTRIES, STATES, STATE_CITIES)) {
            if (!Files.isRegularFile(sourcesDir.resolve(f))) {
                throw new IOException("gazetteer source " + sourcesDir.resolve(f) + " is missing: build the "
                        + "crosscheck-geo module (mvn -pl crosscheck-geo generate-resources) or set "
                        + GazetteerSources.PROPERTY);
            }
        }
        Files.createDirectories(indexDir);
        IndexWriterConfig cfg = new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128);
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter w = new IndexWriter(dir, cfg)) {
            List<GazetteerEntry> cities = new ArrayList<>(200_000);
            Map<String, List<String>> alternates = new HashMap<>();
            try (BufferedReader r = Files.newBufferedReader(sourcesDir.resolve(CITIES), StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    if (f.length >= 15) {
                        GazetteerEntry e = geoname(f);
                        cities.add(e);
                        alternates.put(e.key(), splitAlternates(f[3]));
                    }
                }
            }
            Map<String, JsonNode> stateByCode = new HashMap<>();
            Map<String, String> admin1Names = mapAdmin1(sourcesDir, cities, stateByCode);
            Map<String, GazetteerEntry> seats = new LinkedHashMap<>();
            for (GazetteerEntry e : cities) {
                // The district's own seat (PPLA2) names it; a province or national capital stands in when the
                // district has no PPLA2 of its own (Quetta district, seat Quetta, a PPLA).
                if (!e.admin2().isEmpty() && e.featureCode().startsWith("PPL")) {
                    if (Set.of("PPLA2", "PPLA", "PPLC").contains(e.featureCode())) {
                        seats.merge(e.country() + "." + e.admin1() + "." + e.admin2(), e,
                                (a, b) -> DivisionRecords.seatRank(b) > DivisionRecords.seatRank(a) ? b : a);
                    }
                }
            }
            Map<String, Long> pop = new HashMap<>();
            for (GazetteerEntry e : cities) {
                pop.merge(e.country(), e.population(), Long::sum);
                pop.merge(e.country() + "." + e.admin1(), e.population(), Long::sum);
                pop.merge(e.country() + "." + e.admin1() + "." + e.admin2(), e.population(), Long::sum);
            }
            Map<String, GazetteerEntry> counties = DivisionRecords.usCounties(sourcesDir.resolve(US_POSTAL), pop);
            // A first-level division's point: the mean of its places (the admin package often gives the
            // capital's: New York at New York City), when it has a few.
            Map<String, double[]> admin1Means = new HashMap<>();
            Map<String, double[]> countryMeans = new HashMap<>();
            for (GazetteerEntry e : cities) {
                double la = Math.toRadians(e.lat());
                double lo = Math.toRadians(e.lon());
                for (double[] m : List.of(admin1Means.computeIfAbsent(e.country() + "." + e.admin1(),
                        k -> new double[4]), countryMeans.computeIfAbsent(e.country(), k -> new double[4]))) {
                    m[0] += Math.cos(la) * Math.cos(lo);
                    m[1] += Math.cos(la) * Math.sin(lo);
                    m[2] += Math.sin(la);
                    m[3]++;
                }
            }
            int places = 0;
            for (GazetteerEntry e : cities) {
                String a1 = admin1Names.get(e.country() + "." + e.admin1());
                String a2code = e.country() + "." + e.admin1() + "." + e.admin2();
                GazetteerEntry seat = seats.get(a2code);
                GazetteerEntry county = counties.get(a2code);
                GazetteerEntry full = e.withAdminNames(a1, county != null ? county.name()
                        : seat == null ? null : seat.name());
                List<String> names = new ArrayList<>(List.of(e.name(), e.alternateNames().get(0)));
                names.addAll(alternates.get(e.key()));
                w.addDocument(IndexSchema.toDocument(full, names, List.of(e.name(), e.alternateNames().get(0)),
                        List.of()));
                places++;
            }
            int divisions = 0;
            // A district the sources do not list is named after its seat (Kalat district, seat Kalat): the
            // division is indexed as "<seat> District" so "Kalat district" finds it and "Kalat" the town.
            for (GazetteerEntry c : counties.values()) {
                w.addDocument(IndexSchema.toDocument(c, List.of(c.name()), List.of(c.name()), List.of()));
                w.addDocument(IndexSchema.codeNameDocument(c.country() + "." + c.admin1() + "." + c.admin2(),
                        c.name()));
                divisions++;
            }
            for (Map.Entry<String, GazetteerEntry> s : seats.entrySet()) {
                if (counties.containsKey(s.getKey())) {
                    continue;
                }
                GazetteerEntry seat = s.getValue();
                GazetteerEntry d = new GazetteerEntry("a2:" + s.getKey(), null, seat.name(), List.of(), seat.lat(),
                        seat.lon(), "A", "ADM2", seat.country(), seat.admin1(), seat.admin2(), seat.population(),
                        admin1Names.get(seat.country() + "." + seat.admin1()), seat.name());
                List<String> names = List.of(seat.name() + " District");
                w.addDocument(IndexSchema.toDocument(d, names, List.of(), List.of()));
                divisions++;
            }
            Map<String, List<String>> codesByState = new HashMap<>();
            for (Map.Entry<String, JsonNode> m : stateByCode.entrySet()) {
                JsonNode st = m.getValue();
                codesByState.computeIfAbsent(st.get("countryCode").asText() + "-" + st.get("isoCode").asText(),
                        k -> new ArrayList<>()).add(m.getKey());
            }
            for (JsonNode st : json.readTree(sourcesDir.resolve(STATES).toFile())) {
                String cc = st.get("countryCode").asText();
                String iso = st.get("isoCode").asText();
                String name = st.get("name").asText();
                if (st.get("latitude").isNull() || st.get("latitude").asText().isEmpty()) {
                    continue;
                }
                List<String> codes = codesByState.getOrDefault(cc + "-" + iso, List.of(""));
                for (String code : codes) {
                    double lat = st.get("latitude").asDouble();
                    double lon = st.get("longitude").asDouble();
                    double[] m = admin1Means.get(code);
                    double[] country = countryMeans.get(cc);
                    if (m != null && m[3] >= 3) {
                        lat = Math.toDegrees(Math.atan2(m[2], Math.hypot(m[0], m[1])));
                        lon = Math.toDegrees(Math.atan2(m[1], m[0]));
                    } else if (country != null && Geo.km(lat, lon, Math.toDegrees(Math.atan2(country[2],
                            Math.hypot(country[0], country[1]))), Math.toDegrees(Math.atan2(country[1], country[0])))
                            > FAR_FROM_COUNTRY_KM) {
                        // The package puts a few divisions on another continent (South Sudan's Unity in
                        // California): the mean of the country's places is nearer the truth than that.
                        lat = Math.toDegrees(Math.atan2(country[2], Math.hypot(country[0], country[1])));
                        lon = Math.toDegrees(Math.atan2(country[1], country[0]));
                    }
                    String a1 = code.isEmpty() ? "" : code.substring(code.indexOf('.') + 1);
                    GazetteerEntry e = new GazetteerEntry(a1.isEmpty() ? "st:" + cc + "-" + iso : "a1:" + code,
                            null, name, List.of(), lat, lon, "A", a1.isEmpty() ? "ADM2" : "ADM1", cc, a1, "",
                            a1.isEmpty() ? 0 : pop.getOrDefault(code, 0L), a1.isEmpty() ? null : name, null);
                    List<String> names = new ArrayList<>(List.of(name));
                    if (a1.matches("[A-Z]{2}")) {
                        // Two-letter codes are postal abbreviations (US.SC): written "S.C." in running text.
                        names.add(a1.charAt(0) + "." + a1.charAt(1) + ".");
                    }
                    names.addAll(DivisionRecords.ABBREVIATIONS.getOrDefault(code, List.of()));
                    DivisionRecords.bare(name).ifPresent(names::add);
                    DivisionRecords.withoutArticle(DivisionRecords.bare(name).orElse(name)).ifPresent(names::add);
                    // The bare name ("Gaza" of "Gaza Province") is an alternate, not the division's own name.
                    w.addDocument(IndexSchema.toDocument(e, names, List.of(name), List.of()));
                    divisions++;
                }
            }
            CountryRecords.Written written = CountryRecords.write(w,
                    json.readTree(sourcesDir.resolve(COUNTRIES).toFile()), sourcesDir.resolve(COUNTRY_OUTLINES), pop);
            divisions += written.regions();
            w.setLiveCommitData(Map.of(VERSION_KEY, BUNDLED_VERSION).entrySet());
            w.commit();
            return new Stats(places, divisions, written.countries());
        }
    }

    /**
     * Names GeoNames' first-level codes (PK.02) after the admin package's divisions (Balochistan): a city that
     * both lists, same name within 10 km, votes for the pair, and each code takes its most voted division.
     */
    private Map<String, String> mapAdmin1(Path sourcesDir, List<GazetteerEntry> cities,
                                          Map<String, JsonNode> stateByCode) throws IOException {
        Map<String, JsonNode> states = new HashMap<>();
        for (JsonNode st : json.readTree(sourcesDir.resolve(STATES).toFile())) {
            states.put(st.get("countryCode").asText() + "-" + st.get("isoCode").asText(), st);
        }
        Map<String, List<double[]>> cscCities = new HashMap<>();
        Map<String, List<String>> cscState = new HashMap<>();
        for (JsonNode c : json.readTree(sourcesDir.resolve(STATE_CITIES).toFile())) {
            String k = c.get(1).asText() + "|" + Names.key(c.get(0).asText());
            cscCities.computeIfAbsent(k, x -> new ArrayList<>()).add(new double[] {c.get(3).asDouble(),
                    c.get(4).asDouble()});
            cscState.computeIfAbsent(k, x -> new ArrayList<>()).add(c.get(1).asText() + "-" + c.get(2).asText());
        }
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (GazetteerEntry e : cities) {
            if (e.admin1().isEmpty()) {
                continue;
            }
            String k = e.country() + "|" + Names.key(e.name());
            List<double[]> pts = cscCities.get(k);
            if (pts == null) {
                continue;
            }
            for (int i = 0; i < pts.size(); i++) {
                if (Geo.km(e.lat(), e.lon(), pts.get(i)[0], pts.get(i)[1]) < 10) {
                    votes.computeIfAbsent(e.country() + "." + e.admin1(), x -> new HashMap<>())
                            .merge(cscState.get(k).get(i), 1, Integer::sum);
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> v : votes.entrySet()) {
            String best = v.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            JsonNode st = states.get(best);
            if (st != null) {
                names.put(v.getKey(), st.get("name").asText());
                stateByCode.put(v.getKey(), st);
            }
        }
        return names;
    }

    /**
     * Merges a GeoNames dump into the index at {@code indexDir}: the geoname table (19 columns) or an admin code
     * file (4 columns). Returns what it wrote.
     */
    public Stats importFile(Path dump, Path indexDir) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(128);
        int places = 0;
        int divisions = 0;
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader before = DirectoryReader.open(dir);
             IndexWriter w = new IndexWriter(dir, cfg);
             BufferedReader r = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            IndexSearcher placesBefore = new IndexSearcher(before);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length >= 15) {
                    GazetteerEntry e = geoname(f);
                    List<String> names = new ArrayList<>(List.of(e.name(), e.alternateNames().get(0)));
                    names.addAll(splitAlternates(f[3]));
                    if (e.kind() == GazetteerEntry.Kind.ADMIN1 || e.kind() == GazetteerEntry.Kind.ADMIN2) {
                        DivisionRecords.bare(e.name()).ifPresent(names::add);
                        divisions++;
                    } else {
                        places++;
                    }
                    w.updateDocument(new Term(IndexSchema.KEY, e.key()), IndexSchema.toDocument(e, names,
                            List.of(e.name(), e.alternateNames().get(0)), List.of()));
                } else if (f.length >= 3 && f[0].matches("[A-Z]{2}\\.[^.]+(\\.[^.]+)?")) {
                    w.updateDocument(new Term(IndexSchema.KEY, "code:" + f[0]), IndexSchema.codeNameDocument(f[0],
                            f[1]));
                    // A second-level code names a district: resolvable by its name, at its seat or main place.
                    java.util.Optional<GazetteerEntry> d = f[0].chars().filter(c -> c == '.').count() == 2
                            ? DivisionRecords.admin2(f[0], f[1], placesBefore) : java.util.Optional.empty();
                    if (d.isPresent()) {
                        GazetteerEntry e = d.get();
                        List<String> names = new ArrayList<>(List.of(e.name(), f[2].isBlank() ? e.name() : f[2]));
                        DivisionRecords.bare(e.name()).ifPresent(names::add);
                        w.updateDocument(new Term(IndexSchema.KEY, e.key()), IndexSchema.toDocument(e, names,
                                List.of(e.name()), List.of()));
                    }
                    divisions++;
                } else {
                    throw new IOException(dump + ": not a GeoNames geoname table nor an admin code file: " + line);
                }
            }
            w.commit();
        }
        return new Stats(places, divisions, 0);
    }

    /** One row of the GeoNames geoname table; the ASCII name rides as the first alternate. */
    static GazetteerEntry geoname(String[] f) {
        try {
            long id = Long.parseLong(f[0]);
            long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            return new GazetteerEntry("gn:" + id, id, f[1], List.of(f[2].isEmpty() ? f[1] : f[2]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7], f[8], f[10], f[11], pop, null,
                    null);
        } catch (NumberFormatException ex) {
            throw new UncheckedIOException(new IOException("bad GeoNames row: " + String.join("\t", f), ex));
        }
    }

    private static List<String> splitAlternates(String field) {
        List<String> out = new ArrayList<>();
        if (field.isEmpty()) {
            return out;
        }
        for (String a : field.split(",")) {
            if (IndexSchema.usefulAlternate(a)) {
                out.add(a);
            }
        }
        return out;
    }
}
