package org.crosscheck.ledger.store;

import java.time.Instant;
import java.time.LocalDate;

/** A new row of {@code report}: the body as read, where it stands among versions and copies, its extraction. */
public record ReportRow(String bodyHash, String name, String title, String outlet, String url, LocalDate published,
                        String language, int chars, int urlVersion, Long supersedes, Long duplicateOf,
                        Double duplicateSimilarity, String minhash, Instant ingestedAt, String body,
                        String extraction) {
    public ReportRow {
        title = Columns.cut(title, 4000);
        outlet = Columns.cut(outlet, 1000);
    }
}
