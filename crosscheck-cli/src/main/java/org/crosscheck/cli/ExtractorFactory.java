package org.crosscheck.cli;

import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.ReportExtractor;

/** Builds the (expensive, thread-safe) extractor a command uses; {@link Pipelines#extractor} in production. */
@FunctionalInterface
public interface ExtractorFactory {
    ReportExtractor create(CrosscheckConfig config);
}
