package org.crosscheck.model;

import java.util.Objects;

/**
 * A quantity as a report states it: a range with its wording. {@code high == null} means no upper bound
 * ("at least 25"); a vague count ("several", "heavy") has neither bound. Immutable.
 */
public record Count(Integer low, Integer high, boolean vague, String text) {
    public Count {
        Objects.requireNonNull(text, "text");
        if (low != null && low < 0 || high != null && high < 0) {
            throw new IllegalArgumentException("negative count in '" + text + "'");
        }
        if (low != null && high != null && high < low) {
            throw new IllegalArgumentException("count high < low in '" + text + "'");
        }
        if (vague && (low != null || high != null)) {
            throw new IllegalArgumentException("a vague count has no bounds: '" + text + "'");
        }
    }

    public static Count exactly(int n, String text) {
        return new Count(n, n, false, text);
    }

    public static Count atLeast(int n, String text) {
        return new Count(n, null, false, text);
    }

    public static Count vague(String text) {
        return new Count(null, null, true, text);
    }

    public boolean isZero() {
        return !vague && low != null && low == 0 && high != null && high == 0;
    }
}
