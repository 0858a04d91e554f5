package org.crosscheck.model;

/**
 * The whole extraction: a report in, its attributed claims, events, actors, places and times out.
 * Implementations are thread-safe so that a batch can run on every core with one instance.
 */
public interface ReportExtractor {
    /**
     * @throws UnreadableReportException when the report cannot be extracted for a reason its author can fix
     *                                    (not English, no text)
     */
    Extraction extract(ReportSource source);
}
