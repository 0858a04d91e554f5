package org.crosscheck.geo.bench;

import java.util.List;

/**
 * One corpus article: its text, the gold toponyms scored for geotagging, and those scored for geocoding
 * (gold toponyms with coordinates). Immutable.
 */
public record BenchArticle(String id, String text, List<GoldToponym> tagged, List<GoldToponym> located) {
    public BenchArticle {
        tagged = List.copyOf(tagged);
        located = List.copyOf(located);
    }
}
