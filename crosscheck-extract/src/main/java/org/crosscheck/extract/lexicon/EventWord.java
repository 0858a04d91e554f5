package org.crosscheck.extract.lexicon;

import org.crosscheck.model.EventType;

/**
 * A word that tells an incident ({@code event-words.tsv}): as a noun ("ambush") or a verb ("stormed"), the ACLED
 * type and sub-type it makes, whether it names an operation that holds other incidents ("offensive"), and whether it
 * is generic: it names violence without its means ("attack"), so the same incident told with its means ("shells
 * hit the school") takes that kind.
 */
public record EventWord(String word, boolean verb, EventType type, String subType, boolean operation,
                        boolean generic) {
}
