package org.crosscheck.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A report as read from its file, before extraction: where it came from ({@code name}, e.g. the file name),
 * what its header or the command line said of it, and the body that every offset refers to. {@code metadata}
 * keeps the header's other keys (licence, source…). {@code bodyFromMarkup} is true when the body was reduced
 * from HTML, so the output must carry it. Immutable.
 */
public record ReportSource(String name, String title, String outlet, String url, LocalDate published,
                           String language, Map<String, String> metadata, String body, boolean bodyFromMarkup) {
    public ReportSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
