package org.crosscheck.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.model.Geoparser;
import org.crosscheck.model.MentionRole;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;

/**
 * The places stage: a {@link Geotagger} finds toponyms, a {@link PlaceResolver} resolves them, and this class
 * merges them into places: one per gazetteer entry, and one per unknown name with its spelling variants
 * (Mongchar, Mangochar) folded in; numbered p1, p2… by first mention; {@code within} set from the text
 * ("across Kalat, including Mongchar") or from the divisions and countries the report names.
 *
 * <p>Use: {@code new GazetteerGeoparser(LuceneGazetteer.open(Path.of("crosscheck-data/gazetteer")))}; the
 * gazetteer is built on first use from the files the build fetched ({@link GazetteerSources}). Thread-safe when
 * its stages are (the default ones are).
 */
public final class GazetteerGeoparser implements Geoparser {
    private final Geotagger tagger;
    private final PlaceResolver resolver;
    private final LuceneGazetteer gazetteer;

    public GazetteerGeoparser(Geotagger tagger, PlaceResolver resolver, LuceneGazetteer gazetteer) {
        this.tagger = Objects.requireNonNull(tagger);
        this.resolver = Objects.requireNonNull(resolver);
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    /** The default pipeline on {@code gazetteer}, tagging by the project's codebook. */
    public GazetteerGeoparser(LuceneGazetteer gazetteer) {
        this(new NerGazetteerGeotagger(gazetteer, TaggingPolicy.CODEBOOK), new ContextPlaceResolver(gazetteer),
                gazetteer);
    }

    /** Opens (building on first use) the gazetteer in {@code dataDir}/gazetteer. The caller closes it. */
    public static LuceneGazetteer openGazetteer(Path dataDir) throws IOException {
        return LuceneGazetteer.open(dataDir.resolve("gazetteer"), GazetteerSources.locate(dataDir));
    }

    /** The stages' output, for callers that want toponyms and resolutions rather than merged places. */
    public List<Resolution> resolve(AnnotatedText text) {
        return resolver.resolve(tagger.tag(text));
    }

    /**
     * {@inheritDoc} A failure inside a stage costs the report its places' coordinates, never the report: when the
     * resolver fails, the toponyms come back unresolved (no coordinates, precision 3); when the tagger fails, the
     * report has no places. Both are bugs, tested for on random input; this only keeps one report's bug from
     * ending a batch.
     */
    @Override
    public List<Place> geoparse(AnnotatedText text) {
        TaggedText tagged;
        try {
            tagged = tagger.tag(text);
        } catch (RuntimeException e) {
            return List.of();
        }
        try {
            return places(resolver.resolve(tagged));
        } catch (RuntimeException e) {
            List<Resolution> unresolved = new ArrayList<>();
            for (Toponym t : tagged.toponyms()) {
                unresolved.add(new Resolution(t, null, null, 3, t.enclosingStart(), 0));
            }
            try {
                return places(unresolved);
            } catch (RuntimeException again) {
                return List.of();
            }
        }
    }

    /** {@inheritDoc} Comparisons, sources' locations and governments, by the words around each mention. */
    @Override
    public Map<Span, MentionRole> roles(AnnotatedText text, List<Place> places) {
        try {
            return MentionRoles.of(text, places);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private List<Place> places(List<Resolution> rs) {
        List<PlaceGroups.Group> groups = PlaceGroups.of(rs);
        Map<PlaceGroups.Group, String> ids = new LinkedHashMap<>();
        Map<Integer, String> idByStart = new HashMap<>();
        for (PlaceGroups.Group g : groups) {
            String id = "p" + (ids.size() + 1);
            ids.put(g, id);
            for (Resolution r : g.members()) {
                idByStart.put(r.toponym().start(), id);
            }
        }
        // Keys of the names each group's mentions spell out, so that a bare name ("Vaphai" of "Vaphai village")
        // becomes an alias only where no other place of the report goes by it ("Kyiv" beside "Kyiv region").
        Map<String, PlaceGroups.Group> spelledBy = new HashMap<>();
        for (PlaceGroups.Group g : groups) {
            for (Resolution r : g.members()) {
                spelledBy.putIfAbsent(Names.key(r.toponym().text()), g);
            }
        }
        List<Place> places = new ArrayList<>();
        for (PlaceGroups.Group g : groups) {
            String id = ids.get(g);
            Resolution first = g.first();
            LinkedHashSet<String> aliases = new LinkedHashSet<>();
            List<Span> mentions = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            int precision = 3;
            String within = null;
            List<Resolution> inText = new ArrayList<>(g.members());
            inText.sort(Comparator.comparingInt(r -> r.toponym().start()));
            for (Resolution r : inText) {
                Toponym t = r.toponym();
                aliases.add(t.text());
                if (PlaceGroups.qualified(t) && spelledBy.getOrDefault(Names.key(t.name()), g) == g) {
                    // "Loima county" is Loima's: the codebook lists the name with and without its place noun.
                    aliases.add(t.name());
                }
                if (t.has(Toponym.Cue.PART) && g.kind() != PlaceGroups.Kind.PART && t.text().indexOf(' ') > 0) {
                    // "western Khmelnytskyi region" also answers to "Khmelnytskyi region".
                    aliases.add(t.text().substring(t.text().indexOf(' ') + 1));
                }
                mentions.add(new Span(t.start(), t.end(), t.text()));
                counts.merge(t.text(), 1, Integer::sum);
                precision = Math.min(precision, r.precision());
                if (within == null && r.enclosing() >= 0) {
                    String w = idByStart.get(r.enclosing());
                    if (w != null && !w.equals(id)) {
                        within = w;
                    }
                }
            }
            GazetteerEntry e = g.kind() == PlaceGroups.Kind.ENTRY ? first.entry() : null;
            GazetteerEntry loc = first.located();
            if (within == null && loc != null) {
                within = enclosingByAdmin(loc, id, groups, ids, g.kind() == PlaceGroups.Kind.PART);
            }
            String name;
            if (e != null) {
                name = e.name();
            } else {
                // A place of the text's own goes by the spelling the text uses most, the first one on a tie. Only
                // mention texts are counted: an alias derived from a span ("Zorbak region" of "western Zorbak
                // region") is no spelling the text uses on its own.
                name = first.toponym().text();
                for (Map.Entry<String, Integer> c : counts.entrySet()) {
                    if (c.getValue() > counts.get(name)) {
                        name = c.getKey();
                    }
                }
            }
            boolean region = g.kind() == PlaceGroups.Kind.REGION || g.kind() == PlaceGroups.Kind.PART;
            places.add(new Place(id, name, List.copyOf(aliases), e == null ? null : e.geonamesId(),
                    loc == null ? null : loc.lat(), loc == null ? null : loc.lon(),
                    loc == null || loc.country().isEmpty() ? null : loc.country(),
                    loc == null ? null : loc.admin1Name(),
                    loc == null || region || first.entry() == null && first.precision() == 3 ? null : loc.admin2Name(),
                    region ? 3 : first.entry() == null ? Math.max(2, precision) : precision, within, mentions));
        }
        return places;
    }

    /** The report's place that contains {@code loc} by its admin codes: its district, province or country. */
    private static String enclosingByAdmin(GazetteerEntry loc, String id, List<PlaceGroups.Group> groups,
                                           Map<PlaceGroups.Group, String> ids, boolean part) {
        String best = null;
        int bestLevel = 0;
        for (PlaceGroups.Group g : groups) {
            GazetteerEntry o = g.first().entry();
            if (o == null || ids.get(g).equals(id) || !o.country().equals(loc.country())) {
                continue;
            }
            if (o.key().equals(loc.key())) {
                if (part && (g.kind() == PlaceGroups.Kind.REGION || g.kind() == PlaceGroups.Kind.ENTRY && best == null)) {
                    // "southern Israel" lies in Israel, "northern Gaza" in the region Gaza rather than its city.
                    best = ids.get(g);
                    bestLevel = Integer.MAX_VALUE;
                }
                continue;
            }
            int level = 0;
            // Empty codes say nothing: a division without codes contains no country ("South Sudan" in "Unity").
            boolean division = loc.kind() == GazetteerEntry.Kind.COUNTRY || loc.kind() == GazetteerEntry.Kind.ADMIN1;
            if (o.kind() == GazetteerEntry.Kind.ADMIN2 && !o.admin2().isEmpty() && o.admin1().equals(loc.admin1())
                    && o.admin2().equals(loc.admin2()) && loc.kind() != GazetteerEntry.Kind.ADMIN2 && !division) {
                level = 3;
            } else if (o.kind() == GazetteerEntry.Kind.ADMIN1 && !o.admin1().isEmpty() && o.admin1().equals(loc.admin1())
                    && !division) {
                level = 2;
            } else if (o.kind() == GazetteerEntry.Kind.COUNTRY && loc.kind() != GazetteerEntry.Kind.COUNTRY) {
                level = 1;
            }
            if (level > bestLevel) {
                bestLevel = level;
                best = ids.get(g);
            }
        }
        return best;
    }
}
