package org.crosscheck.geo;

/**
 * A gazetteer entry that a toponym may name: {@code similarity} 1 for an exact name, lower for a transliteration
 * variant; {@code primary} when the name is the entry's own (not only an alternate). Immutable.
 */
record Candidate(GazetteerEntry entry, double similarity, boolean primary) {
}
