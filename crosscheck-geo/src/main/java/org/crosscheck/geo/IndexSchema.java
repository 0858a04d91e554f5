package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/** The gazetteer's Lucene fields and how an entry is written to and read from a document. Stateless. */
final class IndexSchema {
    static final String KEY = "key";
    static final String NAME = "name";
    static final String PRIMARY = "primary";
    static final String SKELETON = "skel";
    static final String DEMONYM = "demonym";
    static final String ADMIN1_KEY = "a1key";
    static final String ADMIN2_KEY = "a2key";
    /** A place's own district code ("PK.03.1168875"): what an imported district's point is taken from. */
    static final String IN_ADMIN2 = "in2";
    static final String RANK = "rank";
    static final String RECORD = "rec";
    /** Name-only admin code records (admin1CodesASCII.txt): they name divisions but are never candidates. */
    static final String CODE_NAME = "codename";

    private IndexSchema() {
    }

    /**
     * Sort rank: countries, then first-level divisions, then the rest, each by population. The same order is
     * the population baseline's.
     */
    static long rank(GazetteerEntry e) {
        int k = switch (e.kind()) {
            case COUNTRY -> 4;
            case ADMIN1 -> 3;
            case CAPITAL -> 2;
            case REGION -> e.featureCode().equals("CONT") ? 4 : 1;
            default -> 1;
        };
        return k * 10_000_000_000L + Math.min(e.population(), 9_999_999_999L);
    }

    /**
     * @param names     every name the entry answers to (the first is its own name)
     * @param demonyms  demonyms of a country ("Pakistani"), empty otherwise
     * @param primaries names that count as the place's own (name and ASCII name), for gazetteer-only matches
     */
    static Document toDocument(GazetteerEntry e, List<String> names, List<String> primaries, List<String> demonyms) {
        Document d = new Document();
        d.add(new StringField(KEY, e.key(), Field.Store.YES));
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            String k = Names.key(n);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        for (String k : keys) {
            d.add(new StringField(NAME, k, Field.Store.NO));
        }
        Set<String> skels = new LinkedHashSet<>();
        Set<String> prim = new LinkedHashSet<>();
        for (String n : primaries) {
            String k = Names.key(n);
            if (!k.isEmpty()) {
                prim.add(k);
                skels.add(Names.skeleton(n));
            }
        }
        for (String k : prim) {
            d.add(new StringField(PRIMARY, k, Field.Store.NO));
        }
        for (String s : skels) {
            if (s.length() >= 3) {
                d.add(new StringField(SKELETON, s, Field.Store.NO));
            }
        }
        for (String dem : demonyms) {
            d.add(new StringField(DEMONYM, Names.key(dem), Field.Store.NO));
        }
        switch (e.kind()) {
            case ADMIN1 -> {
                if (!e.admin1().isEmpty()) {
                    d.add(new StringField(ADMIN1_KEY, e.country() + "." + e.admin1(), Field.Store.NO));
                }
            }
            case ADMIN2 -> {
                if (!e.admin2().isEmpty()) {
                    d.add(new StringField(ADMIN2_KEY, e.country() + "." + e.admin1() + "." + e.admin2(),
                            Field.Store.NO));
                }
            }
            case COUNTRY -> {
            }
            default -> {
                if (!e.admin2().isEmpty()) {
                    d.add(new StringField(IN_ADMIN2, e.country() + "." + e.admin1() + "." + e.admin2(),
                            Field.Store.NO));
                }
            }
        }
        d.add(new NumericDocValuesField(RANK, rank(e)));
        d.add(new StoredField(RECORD, encode(e, demonyms)));
        return d;
    }

    /** A record that only names an admin code ("PK.02" is Balochistan); never a candidate. */
    static Document codeNameDocument(String code, String name) {
        Document d = new Document();
        d.add(new StringField(KEY, "code:" + code, Field.Store.YES));
        d.add(new StringField(CODE_NAME, code, Field.Store.NO));
        d.add(new StoredField(RECORD, name));
        return d;
    }

    static String encode(GazetteerEntry e, List<String> demonyms) {
        return String.join("\t", e.key(), e.geonamesId() == null ? "" : e.geonamesId().toString(), clean(e.name()),
                Double.toString(e.lat()), Double.toString(e.lon()), e.featureClass(), e.featureCode(), e.country(),
                e.admin1(), e.admin2(), Long.toString(e.population()), clean(e.admin1Name()),
                clean(e.admin2Name()), clean(String.join("|", demonyms)));
    }

    static GazetteerEntry decode(String rec) {
        String[] f = rec.split("\t", -1);
        return new GazetteerEntry(f[0], f[1].isEmpty() ? null : Long.valueOf(f[1]), f[2], List.of(),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5], f[6], f[7], f[8], f[9],
                Long.parseLong(f[10]), f[11].isEmpty() ? null : f[11], f[12].isEmpty() ? null : f[12]);
    }

    static List<String> decodeDemonyms(String rec) {
        String[] f = rec.split("\t", -1);
        List<String> out = new ArrayList<>();
        if (f.length > 13 && !f[13].isEmpty()) {
            for (String s : f[13].split("\\|")) {
                out.add(s);
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    /**
     * Alternate names worth indexing for English text: Latin script, not a code (GeoNames lists airport codes
     * such as "UET" among the alternates of Quetta), not a URL.
     */
    static boolean usefulAlternate(String alt) {
        if (alt.isBlank() || alt.length() > 80 || alt.startsWith("http") || !Names.isLatin(alt)) {
            return false;
        }
        String t = alt.trim();
        boolean upper = t.equals(t.toUpperCase(Locale.ROOT));
        if (upper && t.length() <= 4) {
            return false;
        }
        return t.chars().anyMatch(Character::isLetter);
    }
}
