package org.crosscheck.server.view;

import java.util.Locale;

/**
 * A stretch of a report's body that the extraction relied on, as UTF-16 offsets into the body: the words of a
 * claim, its cue, an event, a mention of an actor or a place; {@code ref} names the record. Immutable.
 */
public record SpanView(int start, int end, Kind kind, String ref) {
    /** What a span is evidence of; {@link #toString()} is the wire code. */
    public enum Kind {
        CLAIM, CUE, EVENT, ACTOR, PLACE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
