package org.crosscheck.server.search;

import java.util.Locale;
import org.crosscheck.ledger.EstimatePolicy;

/**
 * The policy the map, the timeline and the charts count deaths under, with the index field that holds each
 * event's figure under it: {@code acled} (the lowest figure any claimant gives) or {@code range} (its best
 * figure). Immutable.
 */
public enum DeathsPolicy {
    ACLED(EstimatePolicy.ACLED, IndexSchema.FATALITIES_DV, "acled: the lowest figure any claimant gives"),
    RANGE(EstimatePolicy.RANGE, IndexSchema.FATALITIES_RANGE_DV, "range: the best figure between the lowest "
            + "and the highest claimed");

    public final EstimatePolicy policy;
    final String field;
    public final String description;

    DeathsPolicy(EstimatePolicy policy, String field, String description) {
        this.policy = policy;
        this.field = field;
        this.description = description;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name other than acled or range */
    public static DeathsPolicy parse(String name) {
        for (DeathsPolicy p : values()) {
            if (p.code().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("must be acled or range");
    }
}
