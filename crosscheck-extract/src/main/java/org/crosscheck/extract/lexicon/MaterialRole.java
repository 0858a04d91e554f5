package org.crosscheck.extract.lexicon;

/**
 * What a verb or noun of {@code material-lemmas.tsv} does to the thing it acts on, which with the thing decides
 * the kind of claim: damage, seizure or control, or none when the thing is people (a casualty claim's business).
 */
public enum MaterialRole {
    /** Harms what it acts on: a damage claim ("razed", "sank"). */
    DAMAGE,
    /** Takes things: a seizure claim ("confiscated"). */
    SEIZURE,
    /** Takes or holds ground: a control claim ("overran", "liberated", "control"). */
    CONTROL,
    /** Takes either: control of a place ("captured the airport"), seizure of anything else ("captured two tanks"). */
    TAKING,
    /** Holds ground: control of a place ("held the ridge"), nothing else ("held talks"). */
    HOLDING,
    /** Strikes at what it acts on: damage to a thing ("hit a fuel depot"), nothing for a named place or people. */
    STRIKING
}
