package org.crosscheck.model;

/**
 * Whether a claim's figure counts one incident or is a background figure (codebook, "Scope"): a cumulative total,
 * a rate, a national statistic, the toll of a war or a campaign. The extractor decides it; the ledger keeps
 * background figures as the report's context and counts them for no incident. {@link #toString()} is the wire
 * code; a claim writes it only when it is background, so documents without the field read as incident figures.
 */
public enum Scope {
    INCIDENT, BACKGROUND;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
