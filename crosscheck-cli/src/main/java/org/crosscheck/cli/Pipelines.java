package org.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.crosscheck.corenlp.CoreNlpAnalyzer;
import org.crosscheck.corenlp.CoreNlpDependencyParser;
import org.crosscheck.corenlp.SemgrexEngine;
import org.crosscheck.extract.RuleBasedExtractor;
import org.crosscheck.geo.GazetteerGeoparser;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Geoparser;
import org.crosscheck.model.ReportExtractor;

/** The one place where the production pipeline is wired together. */
public final class Pipelines {
    private Pipelines() {
    }

    /**
     * The extraction pipeline: CoreNLP analysis and dependency parsing, the gazetteer geoparser, the rule-based
     * stages with their Semgrex rule files. Loads the NLP models (seconds) and opens the gazetteer in
     * {@code config.dataDir()} (building it there on first use, about a minute). The gazetteer stays open for
     * the life of the process.
     */
    public static ReportExtractor extractor(CrosscheckConfig config) {
        return new RuleBasedExtractor(new CoreNlpAnalyzer(), geoparser(config), new CoreNlpDependencyParser(),
                new SemgrexEngine());
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
}
