package org.crosscheck.text;

import java.util.Objects;

/**
 * One arc of a sentence's dependency graph (Universal Dependencies, enhanced++ relation names such as
 * {@code nsubj:pass}, {@code obl:in} or {@code conj:and}): token indices within the sentence, and
 * {@link #ROOT} as the governor of the sentence's root. Enhanced graphs may give a token several governors.
 * Immutable.
 */
public record Dependency(int governor, int dependent, String relation) {
    /** The governor of the root. */
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (dependent < 0 || governor < ROOT) {
            throw new IllegalArgumentException("bad dependency " + governor + " -> " + dependent);
        }
        if (relation.isBlank()) {
            throw new IllegalArgumentException("dependency " + governor + " -> " + dependent + " has no relation");
        }
    }
}
