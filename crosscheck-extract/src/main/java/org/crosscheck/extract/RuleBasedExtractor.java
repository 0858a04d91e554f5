package org.crosscheck.extract;

import java.util.List;
import java.util.Objects;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Geoparser;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.text.TextAnalyzer;

/**
 * The extraction pipeline: language check, NLP analysis, places, then the rule-based stages that find actors,
 * attribution, claims, events and times. Thread-safe when its analyzer and geoparser are: it keeps no state
 * between reports.
 */
public final class RuleBasedExtractor implements ReportExtractor {
    private final TextAnalyzer analyzer;
    private final Geoparser geoparser;

    public RuleBasedExtractor(TextAnalyzer analyzer, Geoparser geoparser) {
        this.analyzer = Objects.requireNonNull(analyzer);
        this.geoparser = Objects.requireNonNull(geoparser);
    }

    @Override
    public Extraction extract(ReportSource source) {
        throw new UnsupportedOperationException("being written");
    }
}
