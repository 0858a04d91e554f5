package org.crosscheck.geo.bench;

/** A gold toponym: span, text, and gold coordinates (null when the corpus gives none). Immutable. */
public record GoldToponym(int start, int end, String text, Double lat, Double lon) {
    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
