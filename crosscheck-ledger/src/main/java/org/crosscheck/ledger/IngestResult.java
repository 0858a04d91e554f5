package org.crosscheck.ledger;

import java.util.List;

/**
 * What one ingest did. {@code reportId} is the stored report (the existing one when {@link Status#UNCHANGED});
 * {@code duplicateOf} the report this one is a syndicated copy of, with the estimated text similarity;
 * {@code supersedes} the earlier version at the same URL; {@code ledgerEvents} the ledger events it touched.
 */
public record IngestResult(long reportId, Status status, String name, Long duplicateOf, Double similarity,
                           Long supersedes, List<Long> ledgerEvents) {
    public enum Status {
        /** A new report. */
        STORED,
        /** The same body was stored before: nothing changed. */
        UNCHANGED,
        /** A new body at a URL already stored: kept as a new version, the old one stays. */
        NEW_VERSION,
        /** A near-identical copy of a stored report: linked, its claims not counted again. */
        DUPLICATE
    }

    public IngestResult {
        ledgerEvents = ledgerEvents == null ? List.of() : List.copyOf(ledgerEvents);
    }

    /** The body was stored before as {@code reportId}: nothing changed. */
    public static IngestResult unchanged(long reportId, String name) {
        return new IngestResult(reportId, Status.UNCHANGED, name, null, null, null, List.of());
    }
}
