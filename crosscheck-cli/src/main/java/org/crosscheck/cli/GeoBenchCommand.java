package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crosscheck.corenlp.CoreNlpAnalyzer;
import org.crosscheck.geo.GazetteerGeoparser;
import org.crosscheck.geo.LuceneGazetteer;
import org.crosscheck.geo.NerGazetteerGeotagger;
import org.crosscheck.geo.TaggingPolicy;
import org.crosscheck.geo.Toponym;
import org.crosscheck.geo.bench.GeoBenchmark;
import org.crosscheck.geo.bench.GeoCorpusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck bench geo FILE.xml}: geoparsing figures on a corpus in LGL, GeoWebNews or GeoVirus format.
 * Geotagging (strict spans, CoreNLP NER plus the gazetteer, under GeoWebNews' own toponym definition) where the
 * corpus annotates every toponym; geocoding of the gold toponyms next to the population baseline on the same
 * gazetteer.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Geoparsing benchmark on a corpus file (CORPUS: LGL, GeoWebNews GWN.xml or GeoVirus "
                + "format): geotagging P/R/F1 (strict) and geocoding acc@161, mean/median error and AUC, next to a "
                + "population baseline.")
final class GeoBenchCommand extends CorpusBenchCommand {
    @Option(names = "--no-tagging", description = "Skip geotagging (no NLP models loaded).")
    boolean noTagging;

    @Option(names = "--misses", paramLabel = "FILE", description = "Also write every error to FILE, one a line: "
            + "a toponym placed 161 km or more off (far), a span tagged that the gold lacks (extra) or missed.")
    Path misses;

    @Override
    public Integer call() throws IOException {
        GeoCorpusReader.Corpus corpus = new GeoCorpusReader().read(bench.corpus);
        try (LuceneGazetteer gazetteer = GazetteerGeoparser.openGazetteer(dataOptions.data)) {
            Function<String, List<int[]>> tagger = null;
            if (corpus.exhaustive() && !noTagging) {
                CoreNlpAnalyzer nlp = new CoreNlpAnalyzer();
                NerGazetteerGeotagger geotagger = new NerGazetteerGeotagger(gazetteer, TaggingPolicy.GEOWEBNEWS);
                tagger = text -> {
                    List<int[]> spans = new ArrayList<>();
                    for (Toponym t : geotagger.tag(nlp.analyze(text, null)).toponyms()) {
                        spans.add(new int[] {t.start(), t.end()});
                    }
                    return spans;
                };
            }
            GeoBenchmark.Result r;
            if (misses == null) {
                r = new GeoBenchmark(gazetteer).run(corpus, tagger);
            } else {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(misses, StandardCharsets.UTF_8))) {
                    r = new GeoBenchmark(gazetteer).run(corpus, tagger, w::println);
                }
            }
            bench.print(spec.commandLine().getOut(), r.text(), r.json());
        }
        return 0;
    }
}
