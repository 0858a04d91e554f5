package org.crosscheck.geo;

import java.util.List;
import java.util.Set;

/**
 * How well a candidate fits a report: its kind (country, province, capital…), population, the countries and
 * provinces the report names or implies, a division word after the name, and closeness to the places chosen for
 * the report's other names. Stateless, thread-safe.
 */
final class CandidateScore {
    private CandidateScore() {
    }

    /**
     * What the rest of the report says, for one name: the countries and provinces its other names point to, the
     * entries chosen for its other names, whether the name carries a division word, and the districts its other
     * names vouch for ("D" + code: a district reading that its towns fit; "T" + code: a town in that district).
     */
    record Context(Set<String> countries, Set<String> provinces, List<GazetteerEntry> others, boolean division,
                   Set<String> districts) {
    }

    static Candidate best(List<Candidate> cs, Context ctx) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : cs) {
            double s = score(c, ctx);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    static double score(Candidate c, Context ctx) {
        GazetteerEntry e = c.entry();
        double s = switch (e.kind()) {
            case COUNTRY -> 4.0;
            case ADMIN1 -> 2.5;
            // A national capital stands for its government in the news ("Washington said").
            case CAPITAL -> 3.0;
            case ADMIN_SEAT -> e.featureCode().equals("PPLA") ? 1.0 : 0.5;
            case ADMIN2 -> ctx.division() ? 3.0 : -1.0;
            case POPULATED -> 0;
            case REGION -> e.featureCode().equals("CONT") || e.featureCode().equals("RGN") ? 3.0 : 0.5;
            case OTHER -> -0.5;
        };
        s += 0.5 * Math.log10(e.population() + 1);
        if (e.kind() == GazetteerEntry.Kind.COUNTRY && c.primary()) {
            // A country's own name means the country far more often than a namesake town does.
            s += 3.0;
        }
        if (ctx.countries().contains(e.country())) {
            s += 2.5;
        }
        if (ctx.provinces().contains(e.country() + "." + e.admin1()) && e.kind() != GazetteerEntry.Kind.ADMIN1) {
            s += 1.5;
        }
        if (!e.admin2().isEmpty() && e.kind() != GazetteerEntry.Kind.COUNTRY && e.kind() != GazetteerEntry.Kind.ADMIN1
                && ctx.districts().contains((e.kind() == GazetteerEntry.Kind.ADMIN2 ? "D" : "T") + district(e))) {
            // "Paris and Henry County": the Paris in a Henry County, and the Henry County with a Paris.
            s += 3.0;
        }
        if (!c.primary()) {
            s -= 0.7;
        }
        if (c.similarity() < 1) {
            s -= 1 + 6 * (1 - c.similarity());
        }
        List<GazetteerEntry> others = ctx.others();
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

    /** The district code of a place: country, first- and second-level codes. */
    static String district(GazetteerEntry e) {
        return e.country() + "." + e.admin1() + "." + e.admin2();
    }

    static boolean isPoint(GazetteerEntry e) {
        return e.kind() != GazetteerEntry.Kind.COUNTRY && e.kind() != GazetteerEntry.Kind.ADMIN1;
    }
}
