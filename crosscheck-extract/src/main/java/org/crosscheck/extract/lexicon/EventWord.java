package org.crosscheck.extract.lexicon;

import org.crosscheck.model.EventType;

/**
 * A word that tells an incident ({@code event-words.tsv}): as a noun ("ambush") or a verb ("stormed"), the ACLED
 * type and sub-type it makes, and whether it names an operation that holds other incidents ("offensive").
 */
public record EventWord(String word, boolean verb, EventType type, String subType, boolean operation) {
}
