package org.crosscheck.geo.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Strict geotagging scores: a predicted toponym counts only with the gold's exact span. Immutable. */
public record TaggingScore(int truePositives, int falsePositives, int falseNegatives) {
    public static final TaggingScore ZERO = new TaggingScore(0, 0, 0);

    /** Scores one article's predicted spans ({start, end} pairs) against its gold. */
    public static TaggingScore of(List<GoldToponym> gold, List<int[]> predicted) {
        Set<Long> g = new HashSet<>();
        for (GoldToponym t : gold) {
            g.add(((long) t.start() << 32) | t.end());
        }
        Set<Long> p = new HashSet<>();
        for (int[] s : predicted) {
            p.add(((long) s[0] << 32) | s[1]);
        }
        int tp = 0;
        for (long x : p) {
            if (g.contains(x)) {
                tp++;
            }
        }
        return new TaggingScore(tp, p.size() - tp, g.size() - tp);
    }

    public TaggingScore plus(TaggingScore o) {
        return new TaggingScore(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String json() {
        return String.format(java.util.Locale.ROOT, "{\"tp\":%d,\"fp\":%d,\"fn\":%d,\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f}",
                truePositives, falsePositives, falseNegatives, precision(), recall(), f1());
    }
}
