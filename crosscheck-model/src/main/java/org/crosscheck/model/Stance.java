package org.crosscheck.model;

/** Whether a claim asserts or denies; {@link #toString()} is the wire code. */
public enum Stance {
    ASSERTS, DENIES;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
