package org.crosscheck.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the geotagger reads around names, kept as data in {@code place-words.txt} (one entry a line
 * under a {@code ## section} heading, with examples in its comments). Loaded once; immutable, thread-safe.
 */
final class PlaceWords {
    private static final Map<String, Set<String>> SECTIONS = load("place-words.txt");

    static final Set<String> LOCATIVE = section("locative");
    static final Set<String> STRONG_LOCATIVE = section("strong-locative");
    static final Set<String> NEAR = section("near");
    static final Set<String> DIVISION_WORDS = section("division-words");
    static final Set<String> SPAN_WORDS = section("span-words");
    static final Set<String> REGION_NOUNS = section("region-nouns");
    static final Set<String> DISTRICT_WORDS = section("district-words");
    static final Set<String> REGION_WORDS = section("region-words");
    static final Set<String> PLACE_NOUN_FIRST = section("place-noun-first");
    static final Set<String> PLACE_NOUN_SECOND = section("place-noun-second");
    static final Set<String> FACILITY_WORDS = section("facility-words");
    static final Set<String> SITE_NOUNS = section("site-nouns");
    static final Set<String> BUILDING_HEADS = section("building-heads");
    static final Set<String> SITE_MODIFIERS = section("site-modifiers");
    static final Set<String> COMPASS_ADJECTIVES = section("compass-adjectives");
    static final Set<String> GENERIC_WORDS = section("generic-words");
    static final Set<String> NOT_PLACES = section("not-places");
    static final Set<String> TITLES = section("titles");
    static final Set<String> PERSON_TITLES = section("person-titles");
    static final Set<String> COMPOUND_SUFFIXES = section("compound-suffixes");
    static final Set<String> BORDERING = section("bordering");
    static final Set<String> PLACE_HEADS = section("place-heads");
    static final Set<String> LIST_LEADS = section("list-leads");
    static final Set<String> OF_DIVISIONS = section("of-divisions");
    static final Set<String> APPOSITION_NOUNS = section("apposition-nouns");
    static final Set<String> ORGANISATION_HEADS = section("organisation-heads");
    static final Set<String> ORGANISATION_NOUNS = section("organisation-nouns");
    static final Set<String> WATER_WORDS = section("water-words");
    static final Set<String> COMPARISON_LEADS = section("comparison-leads");
    static final Set<String> SOURCE_LEADS = section("source-leads");
    static final Set<String> STANCE_VERBS = section("stance-verbs");

    /** The last word of {@code name}, lower case. */
    static String lastWord(String name) {
        String[] w = name.strip().split("\\s+");
        return w[w.length - 1].toLowerCase(java.util.Locale.ROOT);
    }

    /** "the Gulf of Aden", "Red Sea", "Lake Chad": a body of water by its own words. */
    static boolean isWater(String name) {
        String[] w = name.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return w.length > 1 && (WATER_WORDS.contains(w[w.length - 1]) || WATER_WORDS.contains(w[0]));
    }

    private PlaceWords() {
    }

    private static Set<String> section(String name) {
        Set<String> s = SECTIONS.get(name);
        if (s == null) {
            throw new IllegalStateException("place-words.txt has no section " + name);
        }
        return s;
    }

    /** Sections of a word-list resource beside this class: {@code ## name} headings, one entry a line. */
    static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = PlaceWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.startsWith("## ")) {
                    current = new HashSet<>();
                    out.put(t.substring(3).strip(), current);
                } else if (!t.isEmpty() && !t.startsWith("#") && current != null) {
                    current.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
