package org.crosscheck.extract.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What the command line says of a report, applied over its file header: a non-null field replaces the header's
 * value. {@code published} is kept as written ({@code YYYY-MM-DD} or {@code unknown}) so that an explicit
 * "unknown" can override a header date; {@link #parsePublished} validates it. Immutable.
 */
public record ReportOverrides(String title, String outlet, String url, String published) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** No overrides: the header alone decides. */
    public static final ReportOverrides NONE = new ReportOverrides(null, null, null, null);

    public ReportOverrides {
        if (published != null) {
            parsePublished(published);
        }
    }

    /**
     * The publication date a header or option value stands for: a date, or {@code null} for {@code unknown}.
     *
     * @throws IllegalArgumentException with a one-line reason when the value is neither
     */
    public static LocalDate parsePublished(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("unknown")) {
            return null;
        }
        if (!ISO_DATE.matcher(v).matches()) {
            throw new IllegalArgumentException("published date '" + Quoted.of(value) + "' is neither YYYY-MM-DD nor 'unknown'");
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published date '" + Quoted.of(value) + "' is not a calendar date");
        }
    }
}
