package org.crosscheck.extract.events;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.model.Place;

/**
 * Orders a sentence's place mentions from the most specific: a place the report puts inside other places it names
 * ("Tarli" inside "Khyber" inside "Pakistan") before the places around it, then any place before a country. The
 * nesting comes from the geoparser's {@code within}, which also holds for places the gazetteer did not resolve and
 * so left at a coarse precision: a village the gazetteer lacks still sits inside its province. Stateless after
 * construction.
 */
final class Specificity implements Comparator<ReportContext.PlaceMention> {
    private static final int MAX_DEPTH = 6;
    private final Map<String, Place> byId = new HashMap<>();

    Specificity(List<Place> places) {
        places.forEach(p -> byId.put(p.id(), p));
    }

    /** How many places of the report enclose {@code p}. */
    int depth(Place p) {
        int d = 0;
        Place cur = p;
        while (cur.within() != null && byId.containsKey(cur.within()) && d < MAX_DEPTH) {
            cur = byId.get(cur.within());
            d++;
        }
        return d;
    }

    /** Whether one of {@code a}, {@code b} is the other or lies inside it. */
    boolean nested(Place a, Place b) {
        return encloses(a, b) || encloses(b, a);
    }

    /** Of two nested places, the one inside. */
    Place inner(Place a, Place b) {
        return encloses(a, b) ? b : a;
    }

    private boolean encloses(Place outer, Place p) {
        Place cur = p;
        for (int d = 0; d <= MAX_DEPTH && cur != null; d++) {
            if (cur.id().equals(outer.id())) {
                return true;
            }
            cur = cur.within() == null ? null : byId.get(cur.within());
        }
        return false;
    }

    /** A country: the coarsest precision and no province. An unresolved village also has the coarsest precision,
     * but the geoparser still gives it the province it lies in. */
    static boolean isCountry(Place p) {
        return p.precision() == 3 && p.admin1() == null;
    }

    @Override
    public int compare(ReportContext.PlaceMention a, ReportContext.PlaceMention b) {
        int byDepth = Integer.compare(depth(b.place()), depth(a.place()));
        return byDepth != 0 ? byDepth : Boolean.compare(isCountry(a.place()), isCountry(b.place()));
    }

    /** This order, then {@code distance} (smaller first) between mentions equally specific. */
    Comparator<ReportContext.PlaceMention> then(ToIntFunction<ReportContext.PlaceMention> distance) {
        return thenComparingInt(distance);
    }
}
