package org.crosscheck.model;

/** The codebook's kinds of actor; {@link #toString()} is the wire code. */
public enum ActorKind {
    STATE_FORCES, POLICE, ARMED_GROUP, POLITICAL_GROUP, GOVERNMENT, CIVILIANS, MEDIA, PERSON, OTHER;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
