package org.crosscheck.geo.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.geo.ContextPlaceResolver;
import org.crosscheck.geo.GazetteerEntry;
import org.crosscheck.geo.Geo;
import org.crosscheck.geo.LuceneGazetteer;
import org.crosscheck.geo.PlaceResolver;
import org.crosscheck.geo.PlainTokens;
import org.crosscheck.geo.Resolution;
import org.crosscheck.geo.TaggedText;
import org.crosscheck.geo.TextHierarchy;
import org.crosscheck.geo.Toponym;
import org.crosscheck.text.AnnotatedText;

/**
 * Runs the geoparsing benchmark on a corpus: geotagging (strict spans, when the corpus annotates every toponym)
 * with a tagger the caller supplies, and geocoding of the gold toponyms by the resolver and by the population
 * baseline (the gazetteer's highest-ranked entry for the name: countries, then provinces, then population), both
 * on the same gazetteer. Thread-safe if the tagger is; one run at a time per instance is the intended use.
 */
public final class GeoBenchmark {
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+");

    private final LuceneGazetteer gazetteer;
    private final PlaceResolver resolver;
    private final TextHierarchy hierarchy;

    /** The figures of one run. */
    public record Result(GeoCorpusReader.Format format, int articles, TaggingScore tagging,
                         GeocodingScore geocoding, GeocodingScore baseline, int realigned, int unaligned) {
        /** One JSON object; {@code tagging} is null when the corpus was not scored for it. */
        public String json() {
            return "{\"corpus\":\"" + format.name().toLowerCase(Locale.ROOT) + "\",\"articles\":" + articles
                    + ",\"geotagging\":" + (tagging == null ? "null" : tagging.json())
                    + ",\"geocoding\":" + geocoding.json() + ",\"population_baseline\":" + baseline.json()
                    + ",\"spans_realigned\":" + realigned + ",\"spans_unaligned\":" + unaligned + "}";
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "corpus %s, %d articles%n", format, articles));
            if (realigned + unaligned > 0) {
                b.append(String.format(Locale.ROOT, "gold spans moved onto their name %d, name not found near its "
                        + "span %d (left out)%n", realigned, unaligned));
            }
            if (tagging != null) {
                b.append(String.format(Locale.ROOT, "geotagging (strict)  P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)%n",
                        tagging.precision(), tagging.recall(), tagging.f1(), tagging.truePositives(),
                        tagging.falsePositives(), tagging.falseNegatives()));
            }
            for (var row : List.of(List.of("geocoding", geocoding), List.of("population baseline", baseline))) {
                GeocodingScore s = (GeocodingScore) row.get(1);
                b.append(String.format(Locale.ROOT, "%-20s n %d  acc@161 %.3f  mean %.0f km  median %.0f km  AUC %.3f%n",
                        row.get(0), s.n(), s.accuracy161(), s.meanKm(), s.medianKm(), s.auc()));
            }
            return b.toString();
        }
    }

    public GeoBenchmark(LuceneGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
        this.resolver = new ContextPlaceResolver(gazetteer);
        this.hierarchy = new TextHierarchy(gazetteer);
    }

    /**
     * @param tagger predicted toponym spans ({start, end}) of a text, or null to skip geotagging
     */
    public Result run(GeoCorpusReader.Corpus corpus, Function<String, List<int[]>> tagger) {
        return run(corpus, tagger, line -> { });
    }

    /**
     * As {@link #run(GeoCorpusReader.Corpus, Function)}, telling {@code misses} one line per error: a toponym
     * placed 161 km or more from its gold point ({@code far}), and under strict tagging each predicted span the
     * gold lacks ({@code extra}) and each gold span not predicted ({@code missed}).
     */
    public Result run(GeoCorpusReader.Corpus corpus, Function<String, List<int[]>> tagger,
                      java.util.function.Consumer<String> misses) {
        TaggingScore tagging = corpus.exhaustive() && tagger != null ? TaggingScore.ZERO : null;
        List<Double> errors = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        for (BenchArticle a : corpus.articles()) {
            if (tagging != null) {
                List<int[]> predicted = tagger.apply(a.text());
                tagging = tagging.plus(TaggingScore.of(a.tagged(), predicted));
                tellTagging(a, predicted, misses);
            }
            errors.addAll(geocode(a, misses));
            base.addAll(baseline(a));
        }
        return new Result(corpus.format(), corpus.articles().size(), tagging, GeocodingScore.of(errors),
                GeocodingScore.of(base), corpus.realigned(), corpus.unaligned());
    }

    /** Errors (km) of the resolver on the article's gold toponyms, given all of them as its input. */
    public List<Double> geocode(BenchArticle a) {
        return geocode(a, line -> { });
    }

    private static void tellTagging(BenchArticle a, List<int[]> predicted, java.util.function.Consumer<String> misses) {
        Set<Long> gold = new HashSet<>();
        for (GoldToponym g : a.tagged()) {
            gold.add(((long) g.start() << 32) | g.end());
        }
        Set<Long> seen = new HashSet<>();
        for (int[] p : predicted) {
            long k = ((long) p[0] << 32) | p[1];
            seen.add(k);
            if (!gold.contains(k)) {
                misses.accept(String.format(Locale.ROOT, "extra\t%s\t%d\t%s\t%s", a.id(), p[0],
                        a.text().substring(p[0], p[1]), context(a.text(), p[0], p[1])));
            }
        }
        for (GoldToponym g : a.tagged()) {
            if (!seen.contains(((long) g.start() << 32) | g.end())) {
                misses.accept(String.format(Locale.ROOT, "missed\t%s\t%d\t%s\t%s", a.id(), g.start(), g.text(),
                        context(a.text(), g.start(), g.end())));
            }
        }
    }

    private static String context(String text, int start, int end) {
        return (text.substring(Math.max(0, start - 40), start) + "[" + text.substring(start, end) + "]"
                + text.substring(end, Math.min(text.length(), end + 40))).replaceAll("\\s+", " ");
    }

    private List<Double> geocode(BenchArticle a, java.util.function.Consumer<String> misses) {
        List<Toponym> tops = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (GoldToponym g : a.tagged()) {
            if (!seen.add(g.start())) {
                continue;
            }
            EnumSet<Toponym.Cue> cues = EnumSet.of(Toponym.Cue.NER);
            if (g.start() == 0 && g.text().equals(g.text().toUpperCase(Locale.ROOT))) {
                cues.add(Toponym.Cue.DATELINE);
            }
            if (gazetteer.demonymPlace(g.text()) != null) {
                cues = EnumSet.of(Toponym.Cue.DEMONYM);
            }
            tops.add(new Toponym(g.start(), g.end(), g.text(), cues, -1));
        }
        tops.sort((x, y) -> Integer.compare(x.start(), y.start()));
        Set<String> countries = new HashSet<>();
        Matcher m = CAPITALISED.matcher(a.text());
        while (m.find()) {
            String cc = gazetteer.demonymCountry(m.group());
            if (cc != null) {
                countries.add(cc);
            }
        }
        // The text's own hierarchy ("Dayton, Ohio", "Argelia (Cauca)") over the gold spans, from plain tokens.
        AnnotatedText text = new AnnotatedText(a.text(), null, PlainTokens.sentences(a.text(),
                new PlainTokens.Labeller() { }));
        TaggedText tt = new TaggedText(text, hierarchy.enclose(text, tops), countries);
        List<Resolution> rs = resolver.resolve(tt);
        List<Double> out = new ArrayList<>();
        for (GoldToponym g : a.located()) {
            GazetteerEntry e = null;
            for (Resolution r : rs) {
                if (r.toponym().start() == g.start()) {
                    e = r.located();
                }
            }
            double km = error(g, e);
            out.add(km);
            if (km >= 161) {
                misses.accept(String.format(Locale.ROOT, "far\t%s\t%d\t%s\t%.0f km\t%s\tgold %.3f,%.3f\t%s",
                        a.id(), g.start(), g.text(), km, e == null ? "-" : e.name() + " " + e.country() + " "
                                + e.featureCode() + " " + e.population(), g.lat(), g.lon(),
                        context(a.text(), g.start(), g.end())));
            }
        }
        return out;
    }

    /** Errors (km) of the population baseline on the article's gold toponyms. */
    public List<Double> baseline(BenchArticle a) {
        List<Double> out = new ArrayList<>();
        for (GoldToponym g : a.located()) {
            GazetteerEntry e = gazetteer.demonymPlace(g.text());
            if (e == null) {
                e = gazetteer.lookup(g.text(), 1).stream().findFirst().orElse(null);
            }
            out.add(error(g, e));
        }
        return out;
    }

    private static double error(GoldToponym g, GazetteerEntry e) {
        return e == null ? GeocodingScore.NO_ANSWER_KM : Geo.km(g.lat(), g.lon(), e.lat(), e.lon());
    }
}
