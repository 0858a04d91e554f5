package org.crosscheck.ledger;

import java.time.LocalDate;
import java.util.Map;
import org.crosscheck.model.ReportSource;

/**
 * A stored report: its header fields, its place among versions and copies ({@code current} is false for a superseded
 * version, {@code duplicateOf} names the report it copies) and its body, to which the extraction's offsets refer.
 * Immutable.
 */
public record StoredReport(long id, String name, String title, String outlet, String url, LocalDate published,
                           String language, boolean current, Long duplicateOf, int version, String body) {
    /** The report as it was read, so that it can be ingested elsewhere again. */
    public ReportSource source() {
        return new ReportSource(name, title, outlet, url, published, language, Map.of(), body, false);
    }
}
