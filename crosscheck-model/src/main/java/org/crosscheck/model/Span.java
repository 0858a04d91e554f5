package org.crosscheck.model;

import java.util.Objects;

/**
 * A stretch of the report body: UTF-16 offsets, end exclusive (as {@link String#substring(int, int)}),
 * with the quoted text so a reader can check it without the body. Immutable.
 */
public record Span(int start, int end, String text) {
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span offsets " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text length " + text.length() + " != " + (end - start));
        }
    }

    /** The span of {@code body} from {@code start} to {@code end}. */
    public static Span of(String body, int start, int end) {
        return new Span(start, end, body.substring(start, end));
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public int length() {
        return end - start;
    }
}
