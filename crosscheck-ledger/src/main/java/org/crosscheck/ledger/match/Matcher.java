package org.crosscheck.ledger.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.store.KeyList;
import org.crosscheck.ledger.store.ReportEventRow;
import org.crosscheck.model.EventType;

/**
 * Decides whether two reports' events describe one incident, and says why. Stateless; thread-safe.
 *
 * <p>An incident is one (date × place × actors × kind of violence). Dates must overlap within a day (where one
 * report gives no date at all, both reports must instead name the same person, at the same or a nearby place), the
 * countries must not differ, and the place must be shown to be the same or nearby; type and actors then add
 * weight. The thresholds are deliberately strict on place: two clashes on one day in one province are distinct
 * incidents unless the reports name or locate the same place.
 */
public final class Matcher {
    /** A total at or above this, with a place score of at least {@link #MIN_PLACE}, is one incident. */
    static final double THRESHOLD = 5.0;
    static final double MIN_PLACE = 1.0;
    /** Without a date, the place must be the same or nearby (within 50 km, or the same district). */
    static final double UNDATED_MIN_PLACE = 2.0;

    /** When a report event happened: its days, and whether they are the report's publication date standing in. */
    public record When(LocalDate start, LocalDate end, boolean fromPublication) {
        public static final When UNDATED = new When(null, null, false);
    }

    /** Where a report event happened: its place's name and name keys, coordinates, divisions and precision. */
    public record Where(String name, Set<String> keys, Double lat, Double lon, String country, String admin1,
                        String admin2, Integer precision) {
    }

    /** What matching needs to know of one report event, and the people its report names in full. */
    public record Info(long reportId, String localId, EventType eventType, String subType, When when, Where where,
                       Set<String> actorKeys, Set<String> persons) {
        /** A stored report event, whose report names {@code persons}. */
        public static Info of(ReportEventRow r, Set<String> persons) {
            LocalDate start = r.startDate();
            return new Info(r.reportId(), r.localId(), r.eventType(), r.subEventType(),
                    new When(start, r.endDate() == null ? start : r.endDate(),
                            r.timePrecision() == DatePrecision.PUBLISHED),
                    new Where(r.placeName(), KeyList.split(r.placeKeys()), r.latitude(), r.longitude(), r.country(),
                            r.admin1(), r.admin2(), r.geoPrecision()),
                    KeyList.split(r.actorKeys()), persons);
        }

        /** The same report event, naming {@code more} people besides. */
        public Info withPersons(Set<String> more) {
            Set<String> all = new LinkedHashSet<>(persons);
            all.addAll(more);
            return new Info(reportId, localId, eventType, subType, when, where, actorKeys, all);
        }

        LocalDate start() {
            return when.start();
        }

        LocalDate end() {
            return when.end();
        }

        boolean dateFromPublication() {
            return when.fromPublication();
        }

        String placeName() {
            return where.name();
        }

        Set<String> placeKeys() {
            return where.keys();
        }

        Double lat() {
            return where.lat();
        }

        Double lon() {
            return where.lon();
        }

        String country() {
            return where.country();
        }

        String admin1() {
            return where.admin1();
        }

        String admin2() {
            return where.admin2();
        }

        Integer precision() {
            return where.precision();
        }
    }

    /** A pair's score: compatible at all, the total, the place's part, and the reasons in words. */
    public record Score(boolean compatible, double total, double place, List<String> reasons) {
        public boolean matches() {
            return compatible && total >= THRESHOLD && place >= MIN_PLACE;
        }
    }

    private Matcher() {
    }

    public static Score score(Info a, Info b) {
        List<String> reasons = new ArrayList<>();
        double total = 0;
        // Dates. A report with no date at all can be tied to an incident only by a person both reports name,
        // at a place shown to be the same: an undated "fighting in Mosul" alone fits every Mosul event in years.
        boolean undated = a.start() == null || b.start() == null;
        int slack = a.dateFromPublication() || b.dateFromPublication() ? 2 : 1;
        if (undated) {
            Set<String> named = new TreeSet<>(a.persons());
            named.retainAll(b.persons());
            if (named.isEmpty()) {
                return new Score(false, 0, 0, List.of("report " + (a.start() == null ? a : b).reportId()
                        + " gives no date, and the two reports name no person in common"));
            }
            total += 1;
            reasons.add("report " + (a.start() == null ? a : b).reportId() + " gives no date; both reports name "
                    + String.join(", ", named));
        } else if (a.start().isAfter(b.end().plusDays(slack)) || b.start().isAfter(a.end().plusDays(slack))) {
            return new Score(false, 0, 0, List.of("dates do not overlap: " + a.start() + " vs " + b.start()));
        } else if (a.start().equals(b.start())) {
            total += 1;
            reasons.add("same day " + a.start());
        } else {
            total += 0.5;
            reasons.add("dates overlap within " + slack + " day(s): " + range(a) + " and " + range(b));
        }
        // Country.
        if (a.country() != null && b.country() != null && !a.country().equalsIgnoreCase(b.country())) {
            return new Score(false, total, 0, List.of("different countries: " + a.country() + " vs " + b.country()));
        }
        // Place.
        double place = 0;
        Set<String> shared = new HashSet<>(a.placeKeys());
        shared.retainAll(b.placeKeys());
        if (a.lat() != null && b.lat() != null) {
            double km = km(a.lat(), a.lon(), b.lat(), b.lon());
            if (km <= 10) {
                place = 3;
                reasons.add(String.format("same place: %s and %s are %.1f km apart", a.placeName(), b.placeName(), km));
            } else if (km <= 50 && !shared.isEmpty()) {
                place = 2;
                reasons.add(String.format("same place name %s, %.0f km apart", shared.iterator().next(), km));
            } else if (km <= 50 && (coarse(a) || coarse(b))) {
                // A place known only to its district or province stands for somewhere around it: tens of km.
                place = 2;
                reasons.add(String.format("nearby: %s and %s are %.0f km apart", a.placeName(), b.placeName(), km));
            } else if (km <= 50) {
                // Two towns, each named and placed to the town, tens of km apart are two places: reports of one
                // incident name the same town or one within a few km (a camp and its town, a district of a city).
                // Same-day strikes on neighbouring towns are the usual case of distinct incidents in one war.
                place = 0.5;
                reasons.add(String.format("different towns %s and %s, %.0f km apart", a.placeName(), b.placeName(),
                        km));
            } else if (!shared.isEmpty()) {
                place = 2;
                reasons.add(String.format("same place name %s (coordinates %.0f km apart)", shared.iterator().next(), km));
            } else if (!coarse(a) && !coarse(b)) {
                // Both placed at or near a named town (precision 1 or 2) and far apart: two places.
                return new Score(false, total, 0, List.of(String.format("places %s and %s are %.0f km apart",
                        a.placeName(), b.placeName(), km)));
            }
        } else if (!shared.isEmpty()) {
            place = 3;
            reasons.add("same place name: " + shared.iterator().next());
        }
        if (place == 0) {
            if (a.admin2() != null && a.admin2().equalsIgnoreCase(nz(b.admin2()))) {
                place = 2;
                reasons.add("same district: " + a.admin2());
            } else if (a.admin1() != null && a.admin1().equalsIgnoreCase(nz(b.admin1())) && (coarse(a) || coarse(b))) {
                place = 1;
                reasons.add("same province/state " + a.admin1() + ", one place known only to that level");
            } else if (a.country() != null && a.country().equalsIgnoreCase(nz(b.country()))
                    && (countryLevel(a) || countryLevel(b))) {
                place = 1;
                reasons.add("same country " + a.country() + ", one place known only to country level");
            } else if (a.placeName() == null || b.placeName() == null) {
                place = 0.5;
                reasons.add("a place is missing; cannot compare");
            } else {
                reasons.add("places differ: " + a.placeName() + " vs " + b.placeName());
            }
        }
        if (undated && place < UNDATED_MIN_PLACE) {
            return new Score(false, total, place, List.of("no date, and the places are not shown to be the same: "
                    + a.placeName() + " vs " + b.placeName()));
        }
        total += place;
        // Type.
        if (a.eventType() == b.eventType()) {
            total += 2;
            reasons.add("same event type " + a.eventType());
            if (a.subType() != null && a.subType().equals(b.subType())) {
                total += 0.5;
                reasons.add("same sub-event type " + a.subType());
            }
        } else if (violent(a.eventType()) && violent(b.eventType())) {
            total += 0.5;
            reasons.add("compatible types " + a.eventType() + " / " + b.eventType());
        } else {
            return new Score(false, total, place, List.of("incompatible types " + a.eventType() + " / " + b.eventType()));
        }
        // Actors.
        Set<String> actors = new HashSet<>(a.actorKeys());
        actors.retainAll(b.actorKeys());
        if (!actors.isEmpty()) {
            total += 2;
            reasons.add("shared actor: " + String.join(", ", actors.stream().sorted().limit(3).toList()));
        } else if (a.actorKeys().isEmpty() || b.actorKeys().isEmpty()) {
            total += 0.5;
            reasons.add("actors not named in one report");
        } else if (contained(a.actorKeys(), b.actorKeys()) != null) {
            total += 1;
            reasons.add("compatible actors: " + contained(a.actorKeys(), b.actorKeys()));
        } else {
            total -= 1;
            reasons.add("no actor in common");
        }
        return new Score(true, total, place, reasons);
    }

    /**
     * Two actor names of which one's words are all among the other's ("militants" and "Palestinian militants",
     * "the army" and "Sudanese army" after keys drop articles): one report naming an actor more fully than another.
     * Weaker evidence than a shared name or alias, so it scores less; null when no such pair.
     */
    static String contained(Set<String> as, Set<String> bs) {
        for (String a : as) {
            for (String b : bs) {
                Set<String> wa = new HashSet<>(List.of(a.split(" ")));
                Set<String> wb = new HashSet<>(List.of(b.split(" ")));
                if (wb.containsAll(wa) || wa.containsAll(wb)) {
                    return "\"" + (a.length() <= b.length() ? a : b) + "\" within \"" + (a.length() <= b.length() ? b : a)
                            + "\"";
                }
            }
        }
        return null;
    }

    private static boolean violent(EventType type) {
        return type == EventType.BATTLES || type == EventType.EXPLOSIONS || type == EventType.VIOLENCE_AGAINST_CIVILIANS;
    }

    private static String range(Info i) {
        return i.start().equals(i.end()) ? i.start().toString() : i.start() + ".." + i.end();
    }

    /** A place that is a whole country: province-level precision with no province. */
    private static boolean countryLevel(Info i) {
        return coarse(i) && i.admin1() == null && i.admin2() == null;
    }

    /** A place known only to its province or country (precision 3), or of unknown precision. */
    private static boolean coarse(Info i) {
        return i.precision() == null || i.precision() >= 3;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }
}
