package org.crosscheck.extract.lexicon;

import java.util.Locale;

/**
 * The plain word lists of the lexicon, one file each: {@code <name>.txt} with the constant's name in lower case
 * and hyphens ({@link #file()}), one word or phrase a line.
 */
public enum WordClass {
    TITLES, STATEMENT_NOUNS, DETERMINERS, ORGANISATION_HEADS,
    CASUALTY_AUX, SUFFERING_VERBS, VAGUE_QUANTITIES,
    PROPERTY_NOUNS, CIVILIAN_TARGETS, AERIAL_WORDS,
    DAMAGE_WORDS, SEIZURE_WORDS, CONTROL_VERBS, HELD_PLACES, MATERIAL_AUX, NEGATIONS, MATERIAL_NON_OBJECTS,
    DISMISSALS, LOSS_NOUNS, EVENT_OBJECTS, PERPETRATION_VERBS, ACCUSATION_NOUNS,
    ATTRIBUTION_SKIP, ATTRIBUTION_PRONOUNS,
    MONTH_PREFIXES, DAY_WORDS, DAY_UNITS, WEEK_UNITS, MONTH_UNITS, YEAR_UNITS,
    TIME_END_CUES, TIME_START_CUES, TIME_CUE_GAP, TIME_TRIM,
    DISTANCE_UNITS, COMPASS_DIRECTIONS, REFUSAL_OBJECTS, PARTY_NAMES;

    /** The resource file that holds the list. */
    public String file() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }
}
