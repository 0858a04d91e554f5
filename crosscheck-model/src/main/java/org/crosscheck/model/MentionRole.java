package org.crosscheck.model;

/**
 * What a mention of a place does in its sentence when it does not say where something is or happened: the place
 * is a comparison ("a crowded place like Sydney"), where a source speaks from ("sources in Florencia said the
 * ambush…"), or a country or capital standing for its government ("Delhi has denied…"). Such a mention still
 * names a place, but it never places an incident.
 */
public enum MentionRole {
    COMPARISON,
    SOURCE,
    GOVERNMENT
}
