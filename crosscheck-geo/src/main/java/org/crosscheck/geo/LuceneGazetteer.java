package org.crosscheck.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The GeoNames gazetteer on a Lucene index in a data folder. {@link #open(Path)} builds the index there from
 * the build's source files when it is absent (about a minute, once) and otherwise only opens it (well under a
 * second). Lookups: by exact name key ({@link Names#key}: case, accents, punctuation folded) over names,
 * ASCII names and Latin alternate names; by transliteration variant ({@link #variants}); countries by their
 * demonyms; division names by GeoNames admin code.
 *
 * <p>Thread-safe: the Lucene reader and searcher are, the country tables are immutable and built once on first
 * use (opening reads no documents), and the caches are concurrent. Close it once when done.
 */
public final class LuceneGazetteer implements AutoCloseable {
    private static final Sort BY_RANK = new Sort(new SortField(IndexSchema.RANK, SortField.Type.LONG, true));

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Countries, demonyms and region adjectives: read on first use, so that opening reads no documents. */
    private volatile Tables tables;
    private final Map<String, Optional<GazetteerEntry>> divisions = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> codeNames = new ConcurrentHashMap<>();
    /** Decoded records by document: stored fields are compressed in blocks, and decoding dominates a lookup. */
    private final Map<Integer, GazetteerEntry> decoded = new ConcurrentHashMap<>();
    private static final int DECODED_CACHE_MAX = 200_000;

    /** A candidate found by spelling variant, with its {@link Names#similarity} to the text's spelling. */
    public record Variant(GazetteerEntry entry, double similarity) {
    }

    private LuceneGazetteer(Path indexDir) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
    }

    /** Countries by ISO code, demonym keys to codes, region adjectives to regions. Immutable. */
    private record Tables(Map<String, GazetteerEntry> countries, Map<String, String> demonyms,
                          Map<String, GazetteerEntry> regionDemonyms) {
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (this) {
                t = tables;
                if (t == null) {
                    try {
                        t = loadTables();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    tables = t;
                }
            }
        }
        return t;
    }

    private Tables loadTables() throws IOException {
        Map<String, GazetteerEntry> cs = new HashMap<>();
        Map<String, String> dem = new HashMap<>();
        StoredFields stored = reader.storedFields();
        TopDocs td = searcher.search(new PrefixQuery(new Term(IndexSchema.KEY, "cc:")), 1000);
        for (ScoreDoc sd : td.scoreDocs) {
            String rec = stored.document(sd.doc).get(IndexSchema.RECORD);
            GazetteerEntry e = IndexSchema.decode(rec);
            cs.put(e.country(), e);
        }
        for (ScoreDoc sd : td.scoreDocs) {
            String rec = stored.document(sd.doc).get(IndexSchema.RECORD);
            GazetteerEntry e = IndexSchema.decode(rec);
            for (String d : IndexSchema.decodeDemonyms(rec)) {
                // "Indian" is India's and the British Indian Ocean Territory's: the more populous country's.
                dem.merge(Names.key(d), e.country(),
                        (a, b) -> cs.get(a).population() >= cs.get(b).population() ? a : b);
            }
        }
        Map<String, GazetteerEntry> rdem = new HashMap<>();
        td = searcher.search(new PrefixQuery(new Term(IndexSchema.KEY, "rg:")), 1000);
        for (ScoreDoc sd : td.scoreDocs) {
            String rec = stored.document(sd.doc).get(IndexSchema.RECORD);
            GazetteerEntry e = IndexSchema.decode(rec);
            for (String d : IndexSchema.decodeDemonyms(rec)) {
                rdem.put(Names.key(d), e);
            }
        }
        return new Tables(Map.copyOf(cs), Map.copyOf(dem), Map.copyOf(rdem));
    }

    /**
     * Opens the index in {@code indexDir}, building it first from {@link GazetteerSources#locate} when the folder
     * holds none.
     */
    public static LuceneGazetteer open(Path indexDir) throws IOException {
        return open(indexDir, GazetteerSources.locate(indexDir.toAbsolutePath().getParent()));
    }

    /** Opens the index in {@code indexDir}, building it from {@code sourcesDir} when the folder holds none. */
    public static LuceneGazetteer open(Path indexDir, Path sourcesDir) throws IOException {
        IndexBuilds.ensureCurrent(indexDir, sourcesDir);
        return new LuceneGazetteer(indexDir);
    }

    /** Opens an index that must already exist (tests, or an index made by {@link GazetteerImporter}). */
    public static LuceneGazetteer openExisting(Path indexDir) throws IOException {
        if (!exists(indexDir)) {
            throw new IOException("no gazetteer index in " + indexDir);
        }
        return new LuceneGazetteer(indexDir);
    }

    /** True when {@code indexDir} holds an index. */
    public static boolean exists(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    /** Entries whose name, ASCII name or an alternate name has the key of {@code name}, highest rank first. */
    public List<GazetteerEntry> lookup(String name, int max) {
        String k = Names.key(name);
        if (k.isEmpty()) {
            return List.of();
        }
        return search(new TermQuery(new Term(IndexSchema.NAME, k)), max);
    }

    /**
     * First-level divisions named after {@code stem} ("Kyiv" gives Kyivska oblast, "Tula" Tula Oblast): a name
     * that is the stem, or the stem with an adjective ending ("-ska", "-skaya", "-s'ka") and a division word.
     */
    public List<GazetteerEntry> admin1ByStem(String stem, int max) {
        String k = Names.key(stem);
        List<GazetteerEntry> out = admin1ByKey(k, max);
        // "Khmelnytskyi" is the adjective's stem of "Khmelnytska oblast" once its ending goes.
        String bare = k.replaceAll("[aeiouy]+$", "");
        if (out.isEmpty() && bare.length() < k.length()) {
            out = admin1ByKey(bare, max);
        }
        return out;
    }

    private List<GazetteerEntry> admin1ByKey(String k, int max) {
        if (k.length() < 3) {
            return List.of();
        }
        List<GazetteerEntry> named = new ArrayList<>();
        List<GazetteerEntry> bare = new ArrayList<>();
        for (GazetteerEntry e : search(new PrefixQuery(new Term(IndexSchema.PRIMARY, k)), 50)) {
            String ek = Names.key(e.name());
            if (e.kind() != GazetteerEntry.Kind.ADMIN1 || !ek.startsWith(k)) {
                continue;
            }
            String rest = ek.substring(k.length());
            if (rest.isEmpty()) {
                bare.add(e);
            } else if (rest.matches("(s?k[a-z]{0,4}|[a-z]{0,2})?( (oblast|region|province|governorate|state|krai|"
                    + "kray|prefecture|voivodeship|county|district|division))?")) {
                // A division named as such ("Kyivska oblast") before one that shares the city's bare name.
                named.add(e);
            }
        }
        named.addAll(bare);
        return named.size() > max ? List.copyOf(named.subList(0, max)) : named;
    }

    /** True when some entry answers to {@code name}. Cheap: one term look-up, no documents read. */
    public boolean hasName(String name) {
        String k = Names.key(name);
        try {
            return !k.isEmpty() && reader.docFreq(new Term(IndexSchema.NAME, k)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when some entry has {@code name} as its own name (not only as an alternate). */
    public boolean hasPrimaryName(String name) {
        String k = Names.key(name);
        try {
            return !k.isEmpty() && reader.docFreq(new Term(IndexSchema.PRIMARY, k)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Entries spelt like {@code name} in another transliteration: same {@link Names#skeleton}, similarity at
     * least {@code minSimilarity}; exact matches excluded. Best first.
     */
    public List<Variant> variants(String name, double minSimilarity, int max) {
        String skel = Names.skeleton(name);
        if (skel.length() < 3) {
            return List.of();
        }
        String k = Names.key(name);
        List<Variant> out = new ArrayList<>();
        for (GazetteerEntry e : search(new TermQuery(new Term(IndexSchema.SKELETON, skel)), 400)) {
            if (Names.key(e.name()).equals(k)) {
                continue;
            }
            double s = Names.similarity(name, e.name());
            if (s >= minSimilarity) {
                out.add(new Variant(e, s));
            }
        }
        out.sort(Comparator.comparingDouble(Variant::similarity).reversed());
        return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
    }

    /** The country whose demonym is {@code word} ("Pakistani" → PK), or null. */
    public String demonymCountry(String word) {
        String k = Names.key(word);
        String cc = tables().demonyms().get(k);
        if (cc == null && k.endsWith("s")) {
            // "Americans", "Russians": the plural noun of a demonym.
            cc = tables().demonyms().get(k.substring(0, k.length() - 1));
        }
        return cc;
    }

    /** The country or world region an adjective names ("Pakistani" → Pakistan, "European" → Europe), or null. */
    public GazetteerEntry demonymPlace(String word) {
        String cc = demonymCountry(word);
        if (cc != null) {
            return tables().countries().get(cc);
        }
        String k = Names.key(word);
        GazetteerEntry r = tables().regionDemonyms().get(k);
        if (r == null && k.endsWith("s")) {
            r = tables().regionDemonyms().get(k.substring(0, k.length() - 1));
        }
        return r;
    }

    /** The country entry for an ISO code, or null. */
    public GazetteerEntry country(String isoCode) {
        return tables().countries().get(isoCode);
    }

    /** The first-level division with this GeoNames code (PK, 02), if the index has it with coordinates. */
    public Optional<GazetteerEntry> admin1(String country, String admin1) {
        if (country.isEmpty() || admin1.isEmpty()) {
            return Optional.empty();
        }
        String code = country + "." + admin1;
        return divisions.computeIfAbsent("1:" + code,
                c -> search(new TermQuery(new Term(IndexSchema.ADMIN1_KEY, code)), 1).stream().findFirst());
    }

    /** The second-level division with this GeoNames code, if the index has it with coordinates. */
    public Optional<GazetteerEntry> admin2(String country, String admin1, String admin2) {
        if (country.isEmpty() || admin2.isEmpty()) {
            return Optional.empty();
        }
        String code = country + "." + admin1 + "." + admin2;
        return divisions.computeIfAbsent("2:" + code,
                c -> search(new TermQuery(new Term(IndexSchema.ADMIN2_KEY, code)), 1).stream().findFirst());
    }

    /** The entry with its admin1/admin2 names filled from the index's divisions and admin code files. */
    public GazetteerEntry withAdminNames(GazetteerEntry e) {
        String a1 = codeName(e.country() + "." + e.admin1());
        if (a1 == null) {
            a1 = e.admin1Name() != null ? e.admin1Name() : admin1(e.country(), e.admin1()).map(GazetteerEntry::name)
                    .orElse(null);
        }
        String a2 = codeName(e.country() + "." + e.admin1() + "." + e.admin2());
        if (a2 == null) {
            a2 = e.admin2Name() != null ? e.admin2Name() : admin2(e.country(), e.admin1(), e.admin2())
                    .map(GazetteerEntry::name).orElse(null);
        }
        if (e.kind() == GazetteerEntry.Kind.COUNTRY) {
            return e;
        }
        if (e.kind() == GazetteerEntry.Kind.ADMIN1) {
            a2 = null;
        }
        return e.withAdminNames(a1, a2);
    }

    private String codeName(String code) {
        if (code.endsWith(".") || code.contains("..")) {
            return null;
        }
        return codeNames.computeIfAbsent(code, c -> {
            try {
                TopDocs td = searcher.search(new TermQuery(new Term(IndexSchema.CODE_NAME, c)), 1);
                if (td.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                String name = reader.storedFields().document(td.scoreDocs[0].doc).get(IndexSchema.RECORD);
                // "Kalat District" names the district; the report says "Kalat".
                return Optional.of(name.replaceAll("\\s+(District|Division|Province)$", ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    /** Number of records in the index. */
    public int size() {
        return reader.numDocs();
    }

    private List<GazetteerEntry> search(Query q, int max) {
        try {
            TopDocs td = searcher.search(q, max, BY_RANK);
            List<GazetteerEntry> out = new ArrayList<>(td.scoreDocs.length);
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : td.scoreDocs) {
                GazetteerEntry e = decoded.get(sd.doc);
                if (e == null) {
                    e = IndexSchema.decode(stored.document(sd.doc).get(IndexSchema.RECORD));
                    if (decoded.size() < DECODED_CACHE_MAX) {
                        decoded.put(sd.doc, e);
                    }
                }
                out.add(e);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
