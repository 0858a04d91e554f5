package org.crosscheck.model;

import java.util.Objects;

/** Who was harmed, how, and how many, as one claimant states it. Immutable. */
public record Casualties(Outcome outcome, String victims, Count count) {
    public Casualties {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(victims, "victims");
        Objects.requireNonNull(count, "count");
    }
}
