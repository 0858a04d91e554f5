package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sorts a report's resolved toponyms into places: one per gazetteer entry, one per unknown name with its spelling
 * variants (Mongchar, Mangochar), and places of their own that the text makes of an entry — a facility named by its
 * town ("Damascus airport"), a region named after a town ("the Gaza Strip"; bare "Gaza" beside "Gaza City"), a compass
 * part of a country or such a region ("southern Israel"). Stateless.
 */
final class PlaceGroups {
    /** Two spellings of an unknown name at least this similar, with one skeleton, are one place. */
    private static final double SAME_PLACE_SIMILARITY = 0.75;

    /** One place in the making: its resolutions, in the order found, and what the text makes of its entry. */
    record Group(List<Resolution> members, Kind kind) {
        Resolution first() {
            return members.get(0);
        }
    }

    /** What a group stands for. */
    enum Kind {
        /** The gazetteer entry itself. */
        ENTRY,
        /** A name the gazetteer lacks, located by a fallback or not at all. */
        UNKNOWN,
        /** A facility named by its town, located at the town. */
        FACILITY,
        /** A region named after a town ("the Gaza Strip", "Swat valley"), located at the town, precision 3. */
        REGION,
        /** A compass part of a country or region ("southern Israel"), a region of its own at precision 3. */
        PART
    }

    private PlaceGroups() {
    }

    static List<Group> of(List<Resolution> rs) {
        Set<String> regions = regionEntries(rs);
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        for (Resolution r : rs) {
            if (r.entry() == null) {
                Group home = null;
                for (Group g : groups) {
                    if (g.kind() == Kind.UNKNOWN && sameName(g.first().toponym().name(), r.toponym().name())) {
                        home = g;
                        break;
                    }
                }
                if (home == null) {
                    home = new Group(new ArrayList<>(), Kind.UNKNOWN);
                    groups.add(home);
                }
                home.members().add(r);
                continue;
            }
            Toponym t = r.toponym();
            GazetteerEntry e = r.entry();
            Kind kind = Kind.ENTRY;
            String key = e.key();
            if (t.has(Toponym.Cue.FACILITY)) {
                kind = Kind.FACILITY;
                key += "|" + Names.key(t.text()).replace(" s ", " ");
            } else if (regions.contains(e.key()) && !isCityName(t)
                    && (!t.has(Toponym.Cue.DIVISION) || PlaceWords.REGION_NOUNS.contains(placeNoun(t)))) {
                kind = t.has(Toponym.Cue.PART) ? Kind.PART : Kind.REGION;
            } else if (t.has(Toponym.Cue.PART) && !t.has(Toponym.Cue.DIVISION)
                    && e.kind() == GazetteerEntry.Kind.COUNTRY) {
                kind = Kind.PART;
            }
            if (kind == Kind.PART) {
                key += "|part " + Names.key(t.text());
            } else if (kind == Kind.REGION) {
                key += "|region";
            }
            Group g = byKey.get(key);
            if (g == null) {
                g = new Group(new ArrayList<>(), kind);
                byKey.put(key, g);
                groups.add(g);
            }
            g.members().add(r);
        }
        mergeQualified(groups);
        return groups;
    }

    /**
     * Keys of the towns whose name the text also gives a region: "the Gaza Strip" (a region noun after the town's
     * name), or the bare name beside "X City" ("Gaza" and "Gaza City": writers add "City" to tell the town from the
     * land around it). Only towns: a country or province named so is that division already.
     */
    private static Set<String> regionEntries(List<Resolution> rs) {
        Set<String> cityNamed = new HashSet<>();
        Set<String> bare = new HashSet<>();
        Set<String> out = new HashSet<>();
        for (Resolution r : rs) {
            GazetteerEntry e = r.entry();
            if (e == null || e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1
                    || e.kind() == GazetteerEntry.Kind.ADMIN2 || e.kind() == GazetteerEntry.Kind.REGION) {
                continue;
            }
            Toponym t = r.toponym();
            if (PlaceWords.REGION_NOUNS.contains(placeNoun(t))) {
                out.add(e.key());
            } else if (isCityName(t)) {
                cityNamed.add(e.key());
            } else if (t.text().equals(t.name()) || t.has(Toponym.Cue.PART)) {
                bare.add(e.key());
            }
        }
        cityNamed.retainAll(bare);
        out.addAll(cityNamed);
        return out;
    }

    /** "Gaza City", "Gaza city": a town's name with "city" as its last word. */
    private static boolean isCityName(Toponym t) {
        return PlaceWords.lastWord(t.text()).equals("city") && t.text().indexOf(' ') > 0;
    }

    /** The place noun after the name in the span ("strip" in "Gaza Strip"), lower case, or "". */
    private static String placeNoun(Toponym t) {
        int at = t.text().indexOf(t.name());
        return at < 0 ? "" : t.text().substring(at + t.name().length()).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * "Vaphai village" and "Vaphai", "Qaddam district" and "Qaddam": a name with its settlement or division word and
     * the same name alone are one place, unless each resolved to a gazetteer place of its own ("Kyiv region" and
     * "Kyiv"). The merged place is led by a resolved mention, so it keeps the gazetteer's reading.
     */
    private static void mergeQualified(List<Group> groups) {
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                Group a = groups.get(i);
                Group b = groups.get(j);
                Resolution ra = a.first();
                Resolution rb = b.first();
                boolean qualified = qualified(ra.toponym()) != qualified(rb.toponym());
                if (!qualified || ra.entry() != null && rb.entry() != null
                        || !Names.key(ra.toponym().name()).equals(Names.key(rb.toponym().name()))) {
                    continue;
                }
                Group lead = ra.entry() == null && rb.entry() != null ? b : a;
                Group merged = new Group(new ArrayList<>(lead.members()), lead.kind());
                merged.members().addAll(lead == a ? b.members() : a.members());
                groups.set(i, merged);
                groups.remove(j);
                j--;
            }
        }
    }

    /** A name with its own place word in the span ("Vaphai village"), not a facility or compass part. */
    static boolean qualified(Toponym t) {
        return !t.text().equals(t.name()) && !t.has(Toponym.Cue.FACILITY) && !t.has(Toponym.Cue.PART);
    }

    private static boolean sameName(String a, String b) {
        if (Names.key(a).equals(Names.key(b))) {
            return true;
        }
        return Names.skeleton(a).equals(Names.skeleton(b)) && Names.similarity(a, b) >= SAME_PLACE_SIMILARITY;
    }
}
