package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One report's resolutions, made toponym by toponym once the candidates are scored and accepted. The text's own
 * hierarchy comes first: a toponym the text puts inside another ({@link Toponym#enclosingStart}, here or at
 * another mention of the same name) is resolved after that one and takes only a reading inside it; when it has
 * none, it sits at its host (a town's district at precision 2, a province or country at 3). Not thread-safe: one
 * per {@link PlaceResolver#resolve} call.
 */
final class ResolutionRun {
    /** A town's neighbourhood or village lies this close to it when the gazetteer gives no district codes. */
    private static final double NEAR_TOWN_KM = 30;
    /** Likewise for a district known only by its point. */
    private static final double NEAR_DISTRICT_KM = 60;

    private final LuceneGazetteer gazetteer;
    private final List<Toponym> tops;
    private final Map<String, List<Candidate>> byName;
    private final Map<String, CandidateScore.Context> contexts;
    private final Map<String, Candidate> accepted;
    private final Function<Toponym, List<Candidate>> variants;
    private final String mainRegion;
    private final Set<String> countries;
    private final Map<Integer, Resolution> byStart = new HashMap<>();
    private final Set<Integer> pending = new HashSet<>();

    ResolutionRun(LuceneGazetteer gazetteer, List<Toponym> tops, Map<String, List<Candidate>> byName,
                  Map<String, CandidateScore.Context> contexts, Map<String, Candidate> accepted,
                  Function<Toponym, List<Candidate>> variants, String mainRegion, Set<String> countries) {
        this.gazetteer = gazetteer;
        this.tops = tops;
        this.byName = byName;
        this.contexts = contexts;
        this.accepted = accepted;
        this.variants = variants;
        this.mainRegion = mainRegion;
        this.countries = countries;
    }

    List<Resolution> all() {
        List<Resolution> out = new ArrayList<>(tops.size());
        for (Toponym t : tops) {
            out.add(resolve(t));
        }
        return out;
    }

    /**
     * The resolution of {@code t}, made once. A place the text puts inside another is resolved after that one, even
     * one named later ("the Kakuma camp in Turkana County"); {@code pending} breaks cycles.
     */
    private Resolution resolve(Toponym t) {
        Resolution done = byStart.get(t.start());
        if (done != null) {
            return done;
        }
        pending.add(t.start());
        String key = ContextPlaceResolver.lookupKey(t);
        Candidate c = hostOfGuests(t, key, accepted.get(key));
        GazetteerEntry host = host(t);
        if (host != null && c != null && !inside(c.entry(), host) && rank(c.entry()) <= rank(host)
                && !(rank(host) == 3 && t.has(Toponym.Cue.DIVISION))) {
            // "the Embassy of Ukraine in Nigeria": a country is inside no country, a province inside no town; the
            // construction says something else. A district of a town is inside the town, though: "Kano's
            // Fagge district" is no namesake across a border ("Tacoma, Washington" is no district of the capital).
            host = null;
        }
        if (host != null && (c == null || !inside(c.entry(), host))) {
            // "Mir Ali (North Waziristan, Khyber Pakhtunkhwa)", "Kakuma, Kenya": only a reading inside the place
            // the text names will do, whatever the population or the namesakes abroad.
            c = bestInside(t, key, host);
        }
        Resolution r;
        if (c != null) {
            GazetteerEntry e = gazetteer.withAdminNames(c.entry());
            int precision = t.has(Toponym.Cue.NEAR) || t.has(Toponym.Cue.FACILITY) ? Math.max(2, e.precision())
                    : e.precision();
            r = new Resolution(t, e, null, precision, t.enclosingStart(), c.similarity());
        } else {
            r = fallback(t);
        }
        pending.remove(t.start());
        byStart.put(t.start(), r);
        return r;
    }

    /**
     * Where the text puts {@code t}, here or at another mention of its name: the host's gazetteer place, or the place
     * the text in turn puts the host in; null when the text says nothing, or when the host is only a guess from the
     * rest of the report (a wrong guess must not drag its guests along).
     */
    private GazetteerEntry host(Toponym t) {
        int declared = t.enclosingStart();
        for (Toponym o : tops) {
            if (declared < 0 && o.enclosingStart() >= 0 && Names.key(o.name()).equals(Names.key(t.name()))) {
                declared = o.enclosingStart();
            }
        }
        Toponym h = at(declared);
        if (h == null || pending.contains(h.start())) {
            return null;
        }
        Resolution r = resolve(h);
        return r.entry() != null || r.enclosing() >= 0 ? r.located() : null;
    }

    /**
     * The reading of {@code t} when the text puts other names inside it: "Tacoma, Washington" is the state that holds
     * a Tacoma, not the capital; "Lahore, Punjab" the Punjab that holds a Lahore. {@code chosen} stays when it holds
     * a reading of a guest, or when no larger reading of the name does.
     */
    private Candidate hostOfGuests(Toponym t, String key, Candidate chosen) {
        if (chosen == null) {
            return null;
        }
        List<GazetteerEntry> guests = new ArrayList<>();
        for (Toponym o : tops) {
            if (o.enclosingStart() == t.start() && o != t) {
                for (Candidate g : byName.getOrDefault(ContextPlaceResolver.lookupKey(o), List.of())) {
                    if (g.similarity() >= 1) {
                        guests.add(g.entry());
                    }
                }
            }
        }
        if (guests.isEmpty() || guests.stream().anyMatch(g -> inside(g, chosen.entry()))) {
            return chosen;
        }
        List<Candidate> readings = new ArrayList<>(byName.getOrDefault(key, List.of()));
        for (GazetteerEntry e : gazetteer.lookup(t.name(), 30)) {
            // "Kano" alone is the city, and its candidates lack the state; a guest brings the state back.
            if (e.kind() == GazetteerEntry.Kind.ADMIN1 && Names.key(e.name()).equals(Names.key(t.name()))) {
                readings.add(new Candidate(e, 1, true));
            }
        }
        List<Candidate> holding = new ArrayList<>();
        for (Candidate c : readings) {
            if (c.similarity() >= 1 && rank(c.entry()) < rank(chosen.entry()) && rank(c.entry()) >= 0
                    && guests.stream().anyMatch(g -> inside(g, c.entry()))) {
                holding.add(c);
            }
        }
        return holding.isEmpty() ? chosen : CandidateScore.best(holding, contexts.get(key));
    }

    /** The best reading of {@code t}'s name inside {@code host}, spelling variants included; null when none is. */
    private Candidate bestInside(Toponym t, String key, GazetteerEntry host) {
        List<Candidate> in = new ArrayList<>();
        for (Candidate c : byName.getOrDefault(key, List.of())) {
            if (inside(c.entry(), host)) {
                in.add(c);
            }
        }
        if (in.isEmpty()) {
            for (Candidate c : variants.apply(t)) {
                if (inside(c.entry(), host)) {
                    in.add(c);
                }
            }
        }
        return in.isEmpty() ? null : CandidateScore.best(in, contexts.get(key));
    }

    /**
     * Whether {@code e} lies inside {@code host}: the same country; inside a province, the same first-level code;
     * inside a district or town, the same district codes or, without them, close to its point.
     */
    static boolean inside(GazetteerEntry e, GazetteerEntry host) {
        if (e.key().equals(host.key())) {
            return true;
        }
        if (host.country().isEmpty()) {
            return true;
        }
        if (!host.country().equals(e.country()) || rank(e) < rank(host) || rank(e) == rank(host) && rank(e) < 3) {
            return false;
        }
        boolean codes = !host.admin2().isEmpty() && !e.admin2().isEmpty();
        return switch (host.kind()) {
            case COUNTRY -> true;
            case ADMIN1 -> host.admin1().isEmpty() || host.admin1().equals(e.admin1());
            case ADMIN2 -> codes ? host.admin1().equals(e.admin1()) && host.admin2().equals(e.admin2())
                    : Geo.km(e.lat(), e.lon(), host.lat(), host.lon()) < NEAR_DISTRICT_KM;
            default -> codes && host.admin1().equals(e.admin1()) && host.admin2().equals(e.admin2())
                    || Geo.km(e.lat(), e.lon(), host.lat(), host.lon()) < NEAR_TOWN_KM;
        };
    }

    /** Size rank of a kind of place: a place lies only inside a larger one (a town inside no village). */
    private static int rank(GazetteerEntry e) {
        return switch (e.kind()) {
            case COUNTRY -> 0;
            case REGION -> e.featureCode().equals("CONT") || e.featureCode().equals("RGN") ? -1 : 3;
            case ADMIN1 -> 1;
            case ADMIN2 -> 2;
            default -> 3;
        };
    }

    private Toponym at(int start) {
        if (start < 0) {
            return null;
        }
        for (Toponym o : tops) {
            if (o.start() == start) {
                return o;
            }
        }
        return null;
    }

    /** Where the text puts a name the gazetteer lacks: its host, a longer name's stem, or the main region. */
    private Resolution fallback(Toponym t) {
        if (ContextPlaceResolver.water(t)) {
            // A sea the gazetteer lacks lies in no country: no province or town of the report stands for it.
            return new Resolution(t, null, null, 3, -1, 0);
        }
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
        Toponym h = at(enclosing);
        if (h != null && !pending.contains(h.start())) {
            Resolution host = resolve(h);
            if (host.located() != null) {
                return atHost(t, host.located(), enclosing);
            }
        }
        if (t.enclosingStart() < 0) {
            // "in Kakuma" where the text also says "the Kakuma Refugee Camp in Kenya": where that one lies.
            for (Toponym o : tops) {
                if (o != t && o.enclosingStart() >= 0 && !pending.contains(o.start())
                        && Names.key(o.name()).equals(Names.key(t.name()))) {
                    Resolution same = resolve(o);
                    if (same.entry() == null && same.fallback() != null) {
                        return new Resolution(t, null, same.fallback(), same.precision(), -1, 0);
                    }
                }
            }
        }
        if (mainRegion != null) {
            GazetteerEntry town = mainLocality();
            if (town != null) {
                // As ACLED places an event known only by its province: at the report's main town there.
                return new Resolution(t, null, gazetteer.withAdminNames(town), 3, -1, 0);
            }
            int dot = mainRegion.indexOf('.');
            GazetteerEntry region = gazetteer.admin1(mainRegion.substring(0, dot), mainRegion.substring(dot + 1))
                    .orElse(null);
            if (region != null) {
                return new Resolution(t, null, region, 3, -1, 0);
            }
        }
        String main = countries.size() == 1 ? countries.iterator().next() : mainCountry();
        if (main != null) {
            GazetteerEntry c = gazetteer.country(main);
            if (c != null) {
                return new Resolution(t, null, c, 3, -1, 0);
            }
        }
        return new Resolution(t, null, null, 3, -1, 0);
    }

    /** A name the gazetteer lacks, at the place the text puts it in: a town's district at precision 2. */
    private Resolution atHost(Toponym t, GazetteerEntry where, int enclosing) {
        GazetteerEntry named = gazetteer.withAdminNames(where);
        if (where.kind() == GazetteerEntry.Kind.COUNTRY || where.kind() == GazetteerEntry.Kind.ADMIN1
                || where.kind() == GazetteerEntry.Kind.REGION) {
            return new Resolution(t, null, named, 3, enclosing, 0);
        }
        if (where.kind() == GazetteerEntry.Kind.ADMIN2) {
            return new Resolution(t, null, named, 2, enclosing, 0);
        }
        // A town's district stands for a village in its orbit.
        GazetteerEntry d = gazetteer.admin2(where.country(), where.admin1(), where.admin2())
                .map(gazetteer::withAdminNames).orElse(named);
        return new Resolution(t, null, d, 2, enclosing, 0);
    }

    /**
     * The town of the main region that the report names most often (the first named on a tie), or null: where a
     * name the text places nowhere most likely lies ("Royal Street" in a report about New Orleans).
     */
    private GazetteerEntry mainLocality() {
        Map<String, Integer> counts = new HashMap<>();
        GazetteerEntry best = null;
        int top = 0;
        for (Toponym t : tops) {
            Candidate c = accepted.get(ContextPlaceResolver.lookupKey(t));
            if (c == null || c.similarity() < 1 || !town(c.entry())
                    || !mainRegion.equals(c.entry().country() + "." + c.entry().admin1())) {
                continue;
            }
            int n = counts.merge(c.entry().key(), 1, Integer::sum);
            if (n > top) {
                top = n;
                best = c.entry();
            }
        }
        return best;
    }

    private static boolean town(GazetteerEntry e) {
        return e.kind() == GazetteerEntry.Kind.POPULATED || e.kind() == GazetteerEntry.Kind.ADMIN_SEAT
                || e.kind() == GazetteerEntry.Kind.CAPITAL;
    }

    /** The country the report's resolved mentions lie in most often, if one leads. */
    private String mainCountry() {
        Map<String, Integer> votes = new HashMap<>();
        for (Toponym t : tops) {
            Candidate c = accepted.get(ContextPlaceResolver.lookupKey(t));
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
}
