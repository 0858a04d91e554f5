package org.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.crosscheck.corenlp.CoreNlpAnalyzer;
import org.crosscheck.corenlp.CoreNlpDependencyParser;
import org.crosscheck.corenlp.SemgrexEngine;
import org.crosscheck.extract.RuleBasedExtractor;
import org.crosscheck.geo.GazetteerGeoparser;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Geoparser;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.text.DependencyParser;

/** The one place where the production pipeline is wired together. */
public final class Pipelines {
    private Pipelines() {
    }

    /**
     * The extraction pipeline: CoreNLP analysis and dependency parsing, the gazetteer geoparser, the rule-based
     * stages with their Semgrex rule files. Loads the NLP models (seconds) and opens the gazetteer in
     * {@code config.dataDir()} (building it there on first use, about a minute). The gazetteer stays open for
     * the life of the process.
     *
     * <p>The parser's model and the gazetteer load on a second thread while the tagging models load on this one:
     * the three do not share state, and on two cores the time to the first result falls by the parser's load
     * (about two seconds) without any extra work. The analyzer stays on the calling thread because CoreNLP's
     * pipelines share a static annotator cache.
     */
    public static ReportExtractor extractor(CrosscheckConfig config) {
        CompletableFuture<DependencyParser> parser = CompletableFuture.supplyAsync(CoreNlpDependencyParser::new);
        CompletableFuture<Geoparser> places = parser.thenApply(p -> geoparser(config));
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        return new RuleBasedExtractor(analyzer, join(places), join(parser), new SemgrexEngine());
    }

    /** The places stage on the gazetteer in {@code config.dataDir()/gazetteer}. */
    static Geoparser geoparser(CrosscheckConfig config) {
        try {
            return new GazetteerGeoparser(GazetteerGeoparser.openGazetteer(config.dataDir()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the gazetteer in " + config.gazetteerDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The loaded value, or the loader's own exception, so callers report the same message as a serial load. */
    private static <T> T join(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
