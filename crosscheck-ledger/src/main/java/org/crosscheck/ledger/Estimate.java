package org.crosscheck.ledger;

/** A policy's figure for a count: low, best and high (all equal under {@code acled}); null when nobody gave one. */
public record Estimate(Integer low, Integer best, Integer high) {
    public static final Estimate NONE = new Estimate(null, null, null);

    public boolean isNone() {
        return best == null;
    }

    /** Both added, a missing side counting as nothing. */
    public Estimate plus(Estimate o) {
        if (isNone()) {
            return o;
        }
        if (o.isNone()) {
            return this;
        }
        return new Estimate(low + o.low, best + o.best, high + o.high);
    }

    /** The larger of both, bound by bound: an operation's own figure against the sum of its incidents. */
    public Estimate max(Estimate o) {
        if (isNone()) {
            return o;
        }
        if (o.isNone()) {
            return this;
        }
        return new Estimate(Math.max(low, o.low), Math.max(best, o.best), Math.max(high, o.high));
    }
}
