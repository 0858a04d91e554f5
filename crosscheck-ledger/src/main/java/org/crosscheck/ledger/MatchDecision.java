package org.crosscheck.ledger;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;

/**
 * Why a report's event belongs to a ledger event: {@code decision} is {@link Kind#NEW} (nothing matched),
 * {@link Kind#MATCHED} (the matcher's {@code reasons} and {@code score}), or a {@link Kind#MERGE} or
 * {@link Kind#SPLIT} by an analyst or, for a merge, by the matcher; {@link Kind#DETACH} and
 * {@link Kind#REATTACH} when an analyst takes one claim out of an event or returns it.
 */
public record MatchDecision(long id, long ledgerEventId, Long reportId, String reportName, String reportUrl,
                            String eventLocal, Kind decision, Double score, String reasons, String decidedBy,
                            Instant decidedAt) {
    /** What was decided; {@link #toString()} is the stored code. */
    public enum Kind {
        NEW, MATCHED, MERGE, SPLIT, DETACH, REATTACH;

        @JsonValue
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
