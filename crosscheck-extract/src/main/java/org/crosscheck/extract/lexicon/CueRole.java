package org.crosscheck.extract.lexicon;

/** What a reporting verb does ({@code cue-verbs.tsv}). */
public enum CueRole {
    /** Introduces what someone asserts ("said", "confirmed"). */
    REPORT,
    /** Contradicts another party's account ("denied", "rejected"). */
    DENY,
    /** Attributes an act to another party ("accused", "blamed"). */
    ACCUSE
}
