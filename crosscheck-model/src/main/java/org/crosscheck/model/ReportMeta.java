package org.crosscheck.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is known of a report besides its claims. {@code id} is the sha256 (hex) of the body's UTF-8 bytes;
 * {@code body} is carried only when it differs from the input file (HTML input). Immutable.
 */
public record ReportMeta(String id, String title, String outlet, String url, LocalDate published, String language,
                         int chars, String body) {
    public ReportMeta {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("report id is not a sha256 hex digest: " + id);
        }
        if (chars < 0) {
            throw new IllegalArgumentException("negative length");
        }
    }
}
