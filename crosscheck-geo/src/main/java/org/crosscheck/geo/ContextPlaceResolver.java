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
    /** Words that name places only inside a longer name ("West Bank" is not a region called West). */
    private static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "upper", "lower", "new", "great", "greater", "old", "middle");

    /** Division words that, after a city's name, name the first-level division around it ("Kyiv region"). */
    private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "governorate", "state",
            "krai", "prefecture");

    /** Key suffix of a name its span calls a local place ("Yida camp", "Pariang county"). */
    private static final String LOCAL = "|local";

    private final LuceneGazetteer gazetteer;

    public ContextPlaceResolver(LuceneGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    private record Candidate(GazetteerEntry entry, double similarity, boolean primary) {
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
        Map<String, Set<String>> countriesFor = new HashMap<>();
        Map<String, Set<String>> provincesFor = new HashMap<>();
        for (String k : byName.keySet()) {
            countriesFor.put(k, others(k, ownCountry, tagged.contextCountries()));
            provincesFor.put(k, others(k, ownProvince, Set.of()));
        }
        Map<String, Candidate> chosen = new HashMap<>();
        for (Map.Entry<String, List<Candidate>> e : byName.entrySet()) {
            chosen.put(e.getKey(), best(e.getValue(), countriesFor.get(e.getKey()), provincesFor.get(e.getKey()),
                    List.of(), e.getKey()));
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
                next.put(e.getKey(), best(e.getValue(), countriesFor.get(e.getKey()), provincesFor.get(e.getKey()),
                        others, e.getKey()));
            }
            chosen = next;
        }
        Set<String> localNames = new HashSet<>();
        for (String k : chosen.keySet()) {
            if (k.endsWith(LOCAL)) {
                localNames.add(k.substring(0, k.length() - LOCAL.length()));
            }
        }
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
            boolean big = e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1
                    || e.kind() == GazetteerEntry.Kind.CAPITAL || e.population() >= NOTABLE_POPULATION;
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
                // Never abroad what the report itself calls a camp, county or district of its own region ("Yida
                // camp": Yida is Jeddah in Chinese), nor that name alone ("in Yida" beside "the Yida Refugee Camp").
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
        // mentions right), except the report's own camps and counties: "Yida camp" must not vote for Jeddah's.
        Map<String, Integer> regionVotes = new HashMap<>();
        for (Map.Entry<String, Candidate> c : chosen.entrySet()) {
            Candidate cand = c.getValue();
            if (cand != null && !ownLocal.contains(c.getKey()) && cand.similarity() >= 1
                    && !cand.entry().admin1().isEmpty()
                    && cand.entry().kind() != GazetteerEntry.Kind.COUNTRY) {
                regionVotes.merge(cand.entry().country() + "." + cand.entry().admin1(), 1, Integer::sum);
            }
        }
        String mainRegion = regionVotes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        List<Resolution> out = new ArrayList<>(tops.size());
        Map<Integer, Resolution> byStart = new HashMap<>();
        for (Toponym t : tops) {
            out.add(resolveOne(t, tops, byStart, accepted, mainRegion, countries, new HashSet<>()));
        }
        return out;
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

    /**
     * The resolution of {@code t}, made once and kept in {@code byStart}. A place the text puts inside another is
     * resolved after that one, even one named later ("the Yida camp in Unity State"); {@code pending} breaks cycles.
     */
    private Resolution resolveOne(Toponym t, List<Toponym> tops, Map<Integer, Resolution> byStart,
                                  Map<String, Candidate> accepted, String mainRegion, Set<String> countries,
                                  Set<Integer> pending) {
        Resolution done = byStart.get(t.start());
        if (done != null) {
            return done;
        }
        pending.add(t.start());
        Candidate c = accepted.get(lookupKey(t));
        int declared = t.enclosingStart();
        for (Toponym o : tops) {
            if (declared < 0 && o.enclosingStart() >= 0 && Names.key(o.name()).equals(Names.key(t.name()))) {
                declared = o.enclosingStart();
            }
        }
        if (c != null && declared >= 0) {
            // "Yida, South Sudan", here or at another mention of the name: a reading outside the country the text
            // puts the place in is a namesake.
            for (Toponym o : tops) {
                if (o.start() == declared && !pending.contains(o.start())) {
                    GazetteerEntry host = resolveOne(o, tops, byStart, accepted, mainRegion, countries, pending)
                            .located();
                    if (host != null && !host.country().isEmpty() && !host.country().equals(c.entry().country())) {
                        c = null;
                    }
                }
            }
        }
        Resolution r;
        if (c != null) {
            GazetteerEntry e = gazetteer.withAdminNames(c.entry());
            int precision = t.has(Toponym.Cue.NEAR) || t.has(Toponym.Cue.FACILITY) ? Math.max(2, e.precision())
                    : e.precision();
            r = new Resolution(t, e, null, precision, t.enclosingStart(), c.similarity());
        } else {
            r = fallback(t, tops, byStart, accepted, mainRegion, countries, pending);
        }
        pending.remove(t.start());
        byStart.put(t.start(), r);
        return r;
    }

    /** Where the text puts a name the gazetteer lacks: its list head, a longer name's stem, or the main region. */
    private Resolution fallback(Toponym t, List<Toponym> tops, Map<Integer, Resolution> byStart,
                                Map<String, Candidate> accepted, String mainRegion, Set<String> countries,
                                Set<Integer> pending) {
        int enclosing = t.enclosingStart();
        if (enclosing < 0) {
            // "Khazeena Soro" is a place in or by Khazeena.
            for (Toponym o : tops) {
                if (o != t && t.name().startsWith(o.name() + " ")) {
                    enclosing = o.start();
                    break;
                }
            }
        }
        if (enclosing >= 0) {
            Resolution host = null;
            for (Toponym o : tops) {
                if (o.start() == enclosing && !pending.contains(o.start())) {
                    host = resolveOne(o, tops, byStart, accepted, mainRegion, countries, pending);
                }
            }
            if (host != null && host.located() != null) {
                GazetteerEntry where = host.located();
                GazetteerEntry district = gazetteer.withAdminNames(where);
                if (where.kind() != GazetteerEntry.Kind.COUNTRY && where.kind() != GazetteerEntry.Kind.ADMIN1) {
                    // A town's district stands for a village in its orbit.
                    GazetteerEntry d = gazetteer.admin2(where.country(), where.admin1(), where.admin2())
                            .map(gazetteer::withAdminNames).orElse(district);
                    return new Resolution(t, null, d, 2, enclosing, 0);
                }
                return new Resolution(t, null, district, 3, enclosing, 0);
            }
        }
        if (t.enclosingStart() < 0) {
            // "in Yida" where the text also says "the Yida Refugee Camp in South Sudan": where that one lies.
            for (Toponym o : tops) {
                if (o != t && o.enclosingStart() >= 0 && !pending.contains(o.start())
                        && Names.key(o.name()).equals(Names.key(t.name()))) {
                    Resolution same = resolveOne(o, tops, byStart, accepted, mainRegion, countries, pending);
                    if (same.entry() == null && same.fallback() != null) {
                        return new Resolution(t, null, same.fallback(), same.precision(), -1, 0);
                    }
                }
            }
        }
        if (mainRegion != null) {
            int dot = mainRegion.indexOf('.');
            GazetteerEntry region = gazetteer.admin1(mainRegion.substring(0, dot), mainRegion.substring(dot + 1))
                    .orElse(null);
            if (region != null) {
                return new Resolution(t, null, region, 3, -1, 0);
            }
        }
        String main = countries.size() == 1 ? countries.iterator().next() : mainCountry(tops, accepted);
        if (main != null) {
            GazetteerEntry c = gazetteer.country(main);
            if (c != null) {
                return new Resolution(t, null, c, 3, -1, 0);
            }
        }
        return new Resolution(t, null, null, 3, -1, 0);
    }

    /** The country the report's resolved mentions lie in most often, if one leads. */
    private static String mainCountry(List<Toponym> tops, Map<String, Candidate> accepted) {
        Map<String, Integer> votes = new HashMap<>();
        for (Toponym t : tops) {
            Candidate c = accepted.get(lookupKey(t));
            if (c != null && !c.entry().country().isEmpty()) {
                votes.merge(c.entry().country(), 1, Integer::sum);
            }
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > top) {
                best = v.getKey();
                top = v.getValue();
                tie = false;
            } else if (v.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static String lookupKey(Toponym t) {
        boolean local = !t.text().equals(t.name()) && !t.has(Toponym.Cue.PART) && !t.has(Toponym.Cue.FACILITY);
        return Names.key(t.name()) + (t.has(Toponym.Cue.DIVISION) ? "|div" + regionWord(t) : "")
                + (local ? LOCAL : "");
    }

    /** The division word of a span ("region" in "Kyiv region"), or "" when it is none or not in the span. */
    private static String regionWord(Toponym t) {
        if (t.text().length() <= t.name().length()) {
            return "";
        }
        String rest = t.text().substring(t.text().indexOf(t.name()) + t.name().length()).trim()
                .toLowerCase(java.util.Locale.ROOT);
        return REGION_WORDS.contains(rest) ? rest : "";
    }

    private List<Candidate> candidates(Toponym t) {
        List<Candidate> out = new ArrayList<>();
        String name = t.name();
        String key = Names.key(name);
        if (t.has(Toponym.Cue.DEMONYM)) {
            GazetteerEntry c = gazetteer.demonymPlace(name);
            if (c != null) {
                out.add(new Candidate(c, 1, true));
                return out;
            }
        }
        String region = regionWord(t);
        if (!region.isEmpty()) {
            // "Kyiv region", "Tula Oblast": the first-level division named after the city, if there is one.
            for (GazetteerEntry e : gazetteer.admin1ByStem(name, 5)) {
                out.add(new Candidate(e, 1, true));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (t.has(Toponym.Cue.DIVISION)) {
            for (GazetteerEntry e : gazetteer.lookup(name + " District", 10)) {
                out.add(new Candidate(e, 1, true));
            }
        }
        for (GazetteerEntry e : gazetteer.lookup(name, 30)) {
            // An alternate that only respells the place's own name ("Mykolaiv" for Mykolayiv) is as good as it.
            boolean primary = Names.key(e.name()).equals(key) || Names.similarity(e.name(), name) >= 0.9;
            out.add(new Candidate(e, 1, primary));
        }
        if (out.isEmpty() && !t.has(Toponym.Cue.DEMONYM)) {
            for (LuceneGazetteer.Variant v : gazetteer.variants(name, MIN_VARIANT_SIMILARITY, 20)) {
                out.add(new Candidate(v.entry(), v.similarity(), true));
            }
        }
        if (out.isEmpty() && !t.has(Toponym.Cue.DEMONYM)) {
            out.addAll(insideName(name));
        }
        return out;
    }

    /**
     * A name the gazetteer lacks that holds a notable place's name ("Colorado State University", "University of
     * California", "Liverpool Academy") is located by it: the longest run of capitalised words that names a
     * country, region, first-level division, capital or city of 100,000, its notable entries only. Empty when
     * none does ("Khazeena Soro" stays unknown, for the fallback to place it).
     */
    private List<Candidate> insideName(String text) {
        String[] words = text.split("[\\s-]+");
        if (words.length < 2) {
            return List.of();
        }
        for (int len = words.length - 1; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                boolean capitalised = true;
                for (int w = from; w < from + len; w++) {
                    capitalised &= !words[w].isEmpty() && Character.isUpperCase(words[w].codePointAt(0));
                }
                if (!capitalised || len == 1 && GENERIC_WORDS.contains(words[from].toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                String part = String.join(" ", java.util.Arrays.asList(words).subList(from, from + len));
                List<Candidate> found = new ArrayList<>();
                for (GazetteerEntry e : gazetteer.lookup(part, 10)) {
                    boolean notable = e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1
                            || e.featureCode().equals("CONT") || e.featureCode().equals("RGN")
                            || e.kind() == GazetteerEntry.Kind.CAPITAL || e.population() >= NOTABLE_POPULATION;
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

    private Candidate best(List<Candidate> cs, Set<String> countries, Set<String> provinces,
                           List<GazetteerEntry> others, String key) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : cs) {
            double s = score(c, countries, provinces, others, key.contains("|div"));
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    private static double score(Candidate c, Set<String> countries, Set<String> provinces,
                                List<GazetteerEntry> others, boolean division) {
        GazetteerEntry e = c.entry();
        double s = switch (e.kind()) {
            case COUNTRY -> 4.0;
            case ADMIN1 -> 2.5;
            // A national capital stands for its government in the news ("Washington said").
            case CAPITAL -> 3.0;
            case ADMIN_SEAT -> e.featureCode().equals("PPLA") ? 1.0 : 0.5;
            case ADMIN2 -> division ? 3.0 : -1.0;
            case POPULATED -> 0;
            case REGION -> e.featureCode().equals("CONT") || e.featureCode().equals("RGN") ? 3.0 : 0.5;
            case OTHER -> -0.5;
        };
        s += 0.5 * Math.log10(e.population() + 1);
        if (e.kind() == GazetteerEntry.Kind.COUNTRY && c.primary()) {
            // A country's own name means the country far more often than a namesake town does.
            s += 3.0;
        }
        if (countries.contains(e.country())) {
            s += 2.5;
        }
        if (provinces.contains(e.country() + "." + e.admin1()) && e.kind() != GazetteerEntry.Kind.ADMIN1) {
            s += 1.5;
        }
        if (!c.primary()) {
            s -= 0.7;
        }
        if (c.similarity() < 1) {
            s -= 1 + 6 * (1 - c.similarity());
        }
        if (!others.isEmpty()) {
            // A report's places lie together: the country most of the other names resolve to counts.
            int same = 0;
            for (GazetteerEntry o : others) {
                if (o.country().equals(e.country())) {
                    same++;
                }
            }
            s += 3.0 * same / others.size();
        }
        if (isPoint(e) && !others.isEmpty()) {
            double min = Double.MAX_VALUE;
            for (GazetteerEntry o : others) {
                if (o != e) {
                    min = Math.min(min, Geo.km(e.lat(), e.lon(), o.lat(), o.lon()));
                }
            }
            if (min < 100) {
                s += 2.0;
            } else if (min < 400) {
                s += 1.0;
            }
        }
        return s;
    }

    private static boolean isPoint(GazetteerEntry e) {
        return e.kind() != GazetteerEntry.Kind.COUNTRY && e.kind() != GazetteerEntry.Kind.ADMIN1;
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
