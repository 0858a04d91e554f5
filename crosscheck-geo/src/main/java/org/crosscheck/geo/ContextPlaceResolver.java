package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves toponyms by context. Candidates come by exact name (names, ASCII names, alternates), else by
 * transliteration variant ({@link LuceneGazetteer#variants}). Each is scored on its kind (country, province,
 * capital…), population, the countries and provinces the report names or implies (demonyms, dateline), a
 * division word after the name ("Kalat district"), and, in a second round, closeness to the places chosen for
 * the report's other names (a report's places lie together). A small place abroad, when the report is about
 * somewhere else, and any variant match outside the report's region, are refused: the name then falls back to
 * the division the text puts it in ("across Kalat, including Mongchar"), or to the report's main province,
 * at precision 2 or 3. Thread-safe: holds only the thread-safe gazetteer.
 */
public final class ContextPlaceResolver implements PlaceResolver {
    /** Below this a name abroad is taken for a namesake of a place in the report's own region. */
    private static final long NOTABLE_POPULATION = 100_000;
    private static final double MIN_VARIANT_SIMILARITY = 0.75;
    /** A report naming places in this many other countries ranges abroad (see capitalsAbroad). */
    private static final int MIN_COUNTRIES_ABROAD = 3;
    /** A home namesake this close to another town of the report is the one meant (Paris, Tennessee by Nashville). */
    private static final double NEIGHBOUR_KM = 200;

    /** Key suffix of a name its span calls a local place ("Kakuma camp", "Loima county"). */
    private static final String LOCAL = "|local";
    /** Key infix before the division word of a name that has one. */
    private static final String DIVISION = "|div ";

    private final LuceneGazetteer gazetteer;

    public ContextPlaceResolver(LuceneGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    @Override
    public List<Resolution> resolve(TaggedText tagged) {
        List<Toponym> tops = tagged.toponyms();
        Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        for (Toponym t : tops) {
            byName.computeIfAbsent(lookupKey(t), k -> candidates(t));
        }
        // Context: countries and provinces the report names unambiguously, demonyms, the dateline. A name's own
        // reading is no context for itself ("Georgia" the country must not vouch for Georgia the country).
        Map<String, String> ownCountry = new HashMap<>();
        Map<String, String> ownProvince = new HashMap<>();

        for (Toponym t : tops) {
            List<Candidate> cs = byName.get(lookupKey(t));
            if (cs.isEmpty() || cs.get(0).similarity() < 1) {
                continue;
            }
            GazetteerEntry top = cs.get(0).entry();
            if (top.kind() == GazetteerEntry.Kind.COUNTRY) {
                ownCountry.put(lookupKey(t), top.country());
            } else if (top.kind() == GazetteerEntry.Kind.ADMIN1 || t.has(Toponym.Cue.DATELINE)) {
                ownCountry.put(lookupKey(t), top.country());
                ownProvince.put(lookupKey(t), top.country() + "." + top.admin1());
            }
        }
        Set<String> countries = new HashSet<>(tagged.contextCountries());
        countries.addAll(ownCountry.values());
        Set<String> provinces = new HashSet<>(ownProvince.values());
        // A town and its district named together vouch for each other ("Paris and Henry County"): the district
        // codes of every name's town readings and of its district readings.
        Map<String, Set<String>> districtsOf = new HashMap<>();
        for (Map.Entry<String, List<Candidate>> e : byName.entrySet()) {
            Set<String> codes = new HashSet<>();
            for (Candidate c : e.getValue()) {
                if (c.similarity() >= 1 && !c.entry().admin2().isEmpty()
                        && c.entry().kind() != GazetteerEntry.Kind.COUNTRY
                        && c.entry().kind() != GazetteerEntry.Kind.ADMIN1) {
                    codes.add(districtKind(c.entry()) + CandidateScore.district(c.entry()));
                }
            }
            districtsOf.put(e.getKey(), codes);
        }
        Map<String, CandidateScore.Context> contexts = new HashMap<>();
        for (String k : byName.keySet()) {
            Set<String> vouched = new HashSet<>();
            for (Map.Entry<String, Set<String>> d : districtsOf.entrySet()) {
                if (!d.getKey().equals(k)) {
                    for (String code : d.getValue()) {
                        // A district reading vouches for towns in it, a town reading for its district.
                        vouched.add((code.startsWith("D") ? "T" : "D") + code.substring(1));
                    }
                }
            }
            contexts.put(k, new CandidateScore.Context(others(k, ownCountry, tagged.contextCountries()),
                    others(k, ownProvince, Set.of()), List.of(), isDivisionKey(k, true), vouched));
        }
        Map<String, Candidate> chosen = new HashMap<>();
        for (Map.Entry<String, List<Candidate>> e : byName.entrySet()) {
            chosen.put(e.getKey(), CandidateScore.best(e.getValue(), contexts.get(e.getKey())));
        }
        // Second round: prefer the candidate close to the places chosen for the other names.
        for (int round = 0; round < 2; round++) {
            Map<String, Candidate> next = new HashMap<>();
            for (Map.Entry<String, List<Candidate>> e : byName.entrySet()) {
                List<GazetteerEntry> others = new ArrayList<>();
                for (Map.Entry<String, Candidate> c : chosen.entrySet()) {
                    // Provinces count too, by their point: "Jerusalem" read as its district still puts Gaza near.
                    if (!c.getKey().equals(e.getKey()) && c.getValue() != null
                            && c.getValue().entry().kind() != GazetteerEntry.Kind.COUNTRY) {
                        others.add(c.getValue().entry());
                    }
                }
                CandidateScore.Context c = contexts.get(e.getKey());
                CandidateScore.Context withOthers = new CandidateScore.Context(c.countries(), c.provinces(), others,
                        c.division(), c.districts());
                contexts.put(e.getKey(), withOthers);
                next.put(e.getKey(), CandidateScore.best(e.getValue(), withOthers));
            }
            chosen = next;
        }
        capitalsAbroad(byName, chosen);
        Set<String> localNames = new HashSet<>();
        for (String k : chosen.keySet()) {
            if (k.endsWith(LOCAL)) {
                localNames.add(k.substring(0, k.indexOf('|')));
            }
        }
        // The country most of the report's chosen places lie in is home too, though the report names only other
        // countries, as actors ("U.S. officials said" in a report from Iraq that never says "Iraq").
        Map<String, Integer> countryVotes = new HashMap<>();
        for (Candidate cand : chosen.values()) {
            if (cand != null && cand.similarity() >= 1 && cand.entry().kind() != GazetteerEntry.Kind.COUNTRY) {
                countryVotes.merge(cand.entry().country(), 1, Integer::sum);
            }
        }
        countryVotes.entrySet().stream().filter(v -> v.getValue() >= 2).max(Map.Entry.comparingByValue())
                .ifPresent(v -> countries.add(v.getKey()));
        Map<String, Candidate> accepted = new HashMap<>();
        Set<String> ownLocal = new HashSet<>();
        // A short form of a country or province the report names in full ("Burkina" for Burkina Faso).
        for (Toponym t : tops) {
            String k = lookupKey(t);
            Candidate own = chosen.get(k);
            if (own != null && (own.entry().kind() == GazetteerEntry.Kind.COUNTRY
                    || own.entry().kind() == GazetteerEntry.Kind.ADMIN1)) {
                continue;
            }
            for (Toponym o : tops) {
                Candidate oc = chosen.get(lookupKey(o));
                if (oc != null && o.name().startsWith(t.name() + " ") && oc.similarity() >= 1
                        && (oc.entry().kind() == GazetteerEntry.Kind.COUNTRY
                        || oc.entry().kind() == GazetteerEntry.Kind.ADMIN1)) {
                    chosen.put(k, oc);
                    break;
                }
            }
        }
        for (Map.Entry<String, Candidate> c : chosen.entrySet()) {
            Candidate cand = c.getValue();
            if (cand == null) {
                continue;
            }
            GazetteerEntry e = cand.entry();
            // A short form among a place's alternates (GeoNames gives Chinese cities their first syllable:
            // "Ch'ao" of Chaohu) names no notable place: the town the text means is more likely a small one at home.
            boolean big = e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1
                    || e.kind() == GazetteerEntry.Kind.CAPITAL
                    || e.population() >= NOTABLE_POPULATION && !shortForm(cand, c.getKey());
            boolean home = countries.isEmpty() || countries.contains(e.country());
            if (cand.similarity() < 1) {
                // A variant spelling stands for a place in a country the report names, near its other places or
                // notable in its own right ("Dir el Zour" for Deir ez-Zor, a provincial capital).
                boolean notable = e.kind() == GazetteerEntry.Kind.ADMIN_SEAT && e.featureCode().equals("PPLA")
                        || e.kind() == GazetteerEntry.Kind.CAPITAL || e.population() >= NOTABLE_POPULATION;
                if (!countries.contains(e.country()) || !notable && !nearAny(e, chosen.values(), 300)) {
                    continue;
                }
            } else if (!home && (c.getKey().endsWith(LOCAL) || localNames.contains(c.getKey()))) {
                // Never abroad what the report itself calls a camp, county or district of its own region ("Kakuma
                // camp": a homonym abroad must not win it), nor that name alone ("in Kakuma" beside "the Kakuma
                // Refugee Camp").
                ownLocal.add(c.getKey());
                continue;
            } else if (!home && !big) {
                // A small namesake abroad when the report is about somewhere else.
                continue;
            }
            accepted.put(c.getKey(), cand);
        }
        // The province most of the report's names point to, where a name the gazetteer lacks is put when the text
        // says nothing better. Namesakes refused abroad still vote (on GeoWebNews and LGL that places more
        // mentions right), except the report's own camps and counties: "Kakuma camp" must not vote for a homonym
        // abroad.
        Map<String, Integer> regionVotes = new HashMap<>();
        for (Map.Entry<String, Candidate> c : chosen.entrySet()) {
            Candidate cand = c.getValue();
            if (cand != null && !ownLocal.contains(c.getKey()) && cand.similarity() >= 1
                    && !cand.entry().admin1().isEmpty()
                    && cand.entry().kind() != GazetteerEntry.Kind.COUNTRY) {
                // A province of the report's own countries outvotes a namesake's abroad at a tie ("Tump (Kech,
                // Balochistan)" where a Tump in Germany is refused).
                regionVotes.merge(cand.entry().country() + "." + cand.entry().admin1(),
                        countries.contains(cand.entry().country()) ? 3 : 2, Integer::sum);
            }
        }
        String mainRegion = regionVotes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        return new ResolutionRun(gazetteer, tops, byName, contexts, accepted, this::variants, mainRegion, countries)
                .all();
    }

    /**
     * A town found by an alternate that cuts its own name inside a word ("Ch'ao" for Chaohu); not one that drops
     * whole words ("New York" for New York City), nor a region's acronym ("EU").
     */
    private static boolean shortForm(Candidate c, String lookupKey) {
        if (c.entry().kind() != GazetteerEntry.Kind.POPULATED && c.entry().kind() != GazetteerEntry.Kind.ADMIN_SEAT) {
            return false;
        }
        String name = lookupKey.contains("|") ? lookupKey.substring(0, lookupKey.indexOf('|')) : lookupKey;
        String own = Names.key(c.entry().name());
        return own.length() > name.length() && own.startsWith(name)
                && own.charAt(name.length()) != ' ';
    }

    /** The context values that names other than {@code key} contribute, plus {@code base}. */
    private static Set<String> others(String key, Map<String, String> own, Set<String> base) {
        Set<String> out = new HashSet<>(base);
        for (Map.Entry<String, String> o : own.entrySet()) {
            if (!o.getKey().equals(key)) {
                out.add(o.getValue());
            }
        }
        return out;
    }

    static String lookupKey(Toponym t) {
        boolean local = !t.text().equals(t.name()) && !t.has(Toponym.Cue.PART) && !t.has(Toponym.Cue.FACILITY);
        return Names.key(t.name()) + (t.has(Toponym.Cue.DIVISION) ? DIVISION + divisionWord(t) : "")
                + (local ? LOCAL : "");
    }

    /** The word after the name in a span ("region" in "Kyiv region", "town" in "Lodwar town"), lower case, or "". */
    private static String divisionWord(Toponym t) {
        if (t.text().length() <= t.name().length()) {
            return "";
        }
        return t.text().substring(t.text().indexOf(t.name()) + t.name().length()).trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a lookup key is of a name followed by a district word ("Kalat district"), by a division word the span
     * leaves out (the GeoWebNews policy), or, with {@code regions}, by a province word ("Turkana county"): a division
     * named after the place is then likely; not after a settlement word ("Lodwar town", "Kakuma camp").
     */
    private static boolean isDivisionKey(String key, boolean regions) {
        int d = key.indexOf(DIVISION);
        if (d < 0) {
            return false;
        }
        String word = key.substring(d + DIVISION.length()).replace(LOCAL, "");
        return word.isEmpty() || PlaceWords.DISTRICT_WORDS.contains(word)
                || regions && PlaceWords.REGION_WORDS.contains(word);
    }

    private List<Candidate> candidates(Toponym t) {
        List<Candidate> out = new ArrayList<>();
        String name = t.name();
        String key = Names.key(name);
        if (t.has(Toponym.Cue.SITE)) {
            // A named school or mosque is in no gazetteer of towns: it sits in the place the text puts it in.
            return out;
        }
        if (t.has(Toponym.Cue.DEMONYM)) {
            GazetteerEntry c = gazetteer.demonymPlace(name);
            if (c != null) {
                out.add(new Candidate(c, 1, true));
                return out;
            }
        }
        if (PlaceWords.REGION_WORDS.contains(divisionWord(t))) {
            // "Kyiv region", "Tula Oblast": the first-level division named after the city, if there is one.
            for (GazetteerEntry e : gazetteer.admin1ByStem(name, 5)) {
                out.add(new Candidate(e, 1, true));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (t.has(Toponym.Cue.DIVISION) && isDivisionKey(lookupKey(t), false)) {
            for (GazetteerEntry e : gazetteer.lookup(name + " District", 10)) {
                out.add(new Candidate(e, 1, true));
            }
        }
        for (GazetteerEntry e : gazetteer.lookup(name, 30)) {
            // An alternate that only respells the place's own name ("Mykolaiv" for Mykolayiv) is as good as it.
            boolean primary = Names.key(e.name()).equals(key) || Names.similarity(e.name(), name) >= 0.9;
            out.add(new Candidate(e, 1, primary));
        }
        if (!t.has(Toponym.Cue.DIVISION)) {
            // "Kano", "Aleppo" alone is the city; "Kano state" is the province the city is the capital of.
            out.removeIf(a -> a.entry().kind() == GazetteerEntry.Kind.ADMIN1 && out.stream().anyMatch(c ->
                    c.entry().country().equals(a.entry().country()) && c.entry().admin1().equals(a.entry().admin1())
                            && (c.entry().featureCode().equals("PPLA") || c.entry().featureCode().equals("PPLC"))
                            && Names.key(c.entry().name()).equals(key)));
        }
        if (out.isEmpty() && !t.has(Toponym.Cue.DEMONYM)) {
            // "Southern Kordofan", "Northern Bahr el Ghazal": the adjective spelling of a division's compass word.
            String noun = name.replaceFirst("^(North|South|East|West)(ern) ", "$1 ");
            if (!noun.equals(name)) {
                for (GazetteerEntry e : gazetteer.lookup(noun, 30)) {
                    out.add(new Candidate(e, 1, true));
                }
            }
        }
        if (water(t)) {
            // "the Red Sea" is the sea, not Sudan's Red Sea state; only a water feature will do.
            out.removeIf(c -> !c.entry().featureClass().equals("H"));
            return out;
        }
        if (out.isEmpty() && !t.has(Toponym.Cue.DEMONYM)) {
            out.addAll(variants(t));
        }
        if (out.isEmpty() && !t.has(Toponym.Cue.DEMONYM)) {
            out.addAll(insideName(name));
        }
        return out;
    }

    /**
     * A national capital over a home namesake far smaller, when the report ranges over other countries: "based in
     * London" in a Los Angeles story that also names Spain, Taiwan and Stockholm is the capital, though a London
     * lies in California. A report about one country keeps its own towns (Paris, Texas; Dublin, Ohio), and so does
     * one that names a town near the namesake (Paris, Tennessee beside Nashville).
     */
    private static void capitalsAbroad(Map<String, List<Candidate>> byName, Map<String, Candidate> chosen) {
        Map<String, Candidate> changes = new HashMap<>();
        for (Map.Entry<String, Candidate> c : chosen.entrySet()) {
            Candidate home = c.getValue();
            if (home == null || home.similarity() < 1 || !CandidateScore.isPoint(home.entry())
                    || home.entry().kind() == GazetteerEntry.Kind.CAPITAL) {
                continue;
            }
            Set<String> abroad = new HashSet<>();
            boolean neighbour = false;
            for (Map.Entry<String, Candidate> o : chosen.entrySet()) {
                GazetteerEntry oe = o.getValue() == null ? null : o.getValue().entry();
                if (o.getKey().equals(c.getKey()) || oe == null || o.getValue().similarity() < 1) {
                    continue;
                }
                if (!oe.country().isEmpty() && !oe.country().equals(home.entry().country())) {
                    abroad.add(oe.country());
                }
                neighbour |= CandidateScore.isPoint(oe) && oe != home.entry()
                        && Geo.km(oe.lat(), oe.lon(), home.entry().lat(), home.entry().lon()) < NEIGHBOUR_KM;
            }
            if (abroad.size() < MIN_COUNTRIES_ABROAD || neighbour) {
                continue;
            }
            for (Candidate cap : byName.get(c.getKey())) {
                if (cap.entry().kind() == GazetteerEntry.Kind.CAPITAL && cap.primary() && cap.similarity() >= 1
                        && !cap.entry().country().equals(home.entry().country())
                        && cap.entry().population() >= 20 * Math.max(1, home.entry().population())) {
                    changes.put(c.getKey(), cap);
                }
            }
        }
        chosen.putAll(changes);
    }

    /** "D" for a district reading, "T" for a town or other place inside one. */
    private static String districtKind(GazetteerEntry e) {
        return e.kind() == GazetteerEntry.Kind.ADMIN2 ? "D" : "T";
    }

    /** A body of water named as such, without a division word ("the Red Sea", not "Red Sea state"). */
    static boolean water(Toponym t) {
        return PlaceWords.isWater(t.name()) && !t.has(Toponym.Cue.DIVISION);
    }

    /** Entries spelt like {@code t}'s name in another transliteration ("Mangochar" for Mongchar). */
    private List<Candidate> variants(Toponym t) {
        List<Candidate> out = new ArrayList<>();
        for (LuceneGazetteer.Variant v : gazetteer.variants(t.name(), MIN_VARIANT_SIMILARITY, 20)) {
            out.add(new Candidate(v.entry(), v.similarity(), true));
        }
        return out;
    }

    /**
     * A name the gazetteer lacks that holds a notable place's name ("Colorado State University", "University of
     * California", "Liverpool Academy") is located by it: the longest run of capitalised words that names a
     * country, region, first-level division, capital or city of 100,000, its notable entries only. Without "of",
     * the last word is the name's head, the kind of thing it is: a province or region named by it is no place of the
     * name ("Rogers Centre" is not Haiti's Centre, "the Nile Delta" not Nigeria's Delta), unless only generic words
     * stand before it ("Rural Damascus"); a country or town is ("British Embassy Tokyo"). Empty when
     * none does ("Khazeena Soro" stays unknown, for the fallback to place it).
     */
    private List<Candidate> insideName(String text) {
        String[] words = text.split("[\\s-]+");
        if (words.length < 2) {
            return List.of();
        }
        boolean headLast = !java.util.Arrays.asList(words).contains("of");
        for (int len = words.length - 1; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                boolean capitalised = true;
                for (int w = from; w < from + len; w++) {
                    capitalised &= !words[w].isEmpty() && Character.isUpperCase(words[w].codePointAt(0));
                }
                if (!capitalised || len == 1 && PlaceWords.GENERIC_WORDS.contains(
                        words[from].toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                boolean head = headLast && from + len == words.length && !genericBefore(words, from);
                String part = String.join(" ", java.util.Arrays.asList(words).subList(from, from + len));
                List<Candidate> found = new ArrayList<>();
                for (GazetteerEntry e : gazetteer.lookup(part, 10)) {
                    boolean division = e.kind() == GazetteerEntry.Kind.ADMIN1 || e.featureCode().equals("CONT")
                            || e.featureCode().equals("RGN");
                    boolean notable = e.kind() == GazetteerEntry.Kind.COUNTRY || division
                            || e.kind() == GazetteerEntry.Kind.CAPITAL || e.population() >= NOTABLE_POPULATION;
                    if (head && division) {
                        continue;
                    }
                    if (notable && Names.key(e.name()).equals(Names.key(part))) {
                        found.add(new Candidate(e, 1, true));
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** Whether every word before {@code words[from]} is a generic word ("Greater", "Rural"). */
    private static boolean genericBefore(String[] words, int from) {
        for (int w = 0; w < from; w++) {
            if (!PlaceWords.GENERIC_WORDS.contains(words[w].toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nearAny(GazetteerEntry e, Iterable<Candidate> chosen, double km) {
        for (Candidate c : chosen) {
            if (c != null && c.similarity() >= 1 && c.entry() != e
                    && Geo.km(e.lat(), e.lon(), c.entry().lat(), c.entry().lon()) < km) {
                return true;
            }
        }
        return false;
    }
}
