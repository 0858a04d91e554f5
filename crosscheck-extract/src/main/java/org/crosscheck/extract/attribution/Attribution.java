package org.crosscheck.extract.attribution;

import org.crosscheck.model.Span;

/**
 * Who asserts what a stretch of a sentence says: the claimant's actor key ({@code null} for the outlet's own
 * voice), the person who voiced it, and the reporting words. Immutable.
 */
public record Attribution(String claimant, String via, Span cue) {
    public static final Attribution OUTLET = new Attribution(null, null, null);

    public boolean isOutlet() {
        return claimant == null;
    }
}
