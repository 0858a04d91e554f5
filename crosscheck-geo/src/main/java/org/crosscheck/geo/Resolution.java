package org.crosscheck.geo;

/**
 * How one toponym was resolved. {@code entry} is the gazetteer place the name refers to, or null when the
 * gazetteer lacks it; then {@code fallback} is the division or country the text places it in (its coordinates
 * stand for the toponym, at {@code precision} 2 or 3), or null when nothing is known. {@code enclosing} is the
 * toponym (by start offset) the text places this one in, or -1. {@code similarity} is 1 for an exact name match
 * and lower for a transliteration variant. Immutable.
 */
public record Resolution(Toponym toponym, GazetteerEntry entry, GazetteerEntry fallback, int precision,
                         int enclosing, double similarity) {
    public Resolution {
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("precision " + precision);
        }
    }

    /** The coordinates' source: the entry, else the fallback, else null. */
    public GazetteerEntry located() {
        return entry != null ? entry : fallback;
    }
}
