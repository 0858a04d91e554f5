package org.crosscheck.ledger;

import java.time.Instant;

/**
 * Why a report's event belongs to a ledger event: {@code decision} is {@code new} (nothing matched),
 * {@code matched} (the matcher's {@code reasons} and {@code score}), or an analyst's {@code merge}/{@code split}.
 */
public record MatchDecision(long id, long ledgerEventId, Long reportId, String reportName, String reportUrl,
                            String eventLocal, String decision, Double score, String reasons, String decidedBy,
                            Instant decidedAt) {
}
