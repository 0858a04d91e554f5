package org.crosscheck.model;

/** What a claim is about; {@link #toString()} is the wire code. */
public enum ClaimKind {
    CASUALTIES, OCCURRENCE, CONTROL, DAMAGE, SEIZURE, OTHER;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
