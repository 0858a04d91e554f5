package org.crosscheck.model;

/** What a casualty claim says happened to the victims; {@link #toString()} is the wire code. */
public enum Outcome {
    KILLED, WOUNDED, CAPTURED, EXECUTED, MISSING, ARRESTED, HARMED;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
