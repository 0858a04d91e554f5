package org.crosscheck.extract.lexicon;

import org.crosscheck.model.Outcome;

/**
 * A word of what happened to people ({@code outcome-words.tsv}): its outcome ({@code null} for a word that only
 * acts on a count, "shot"), whether it is a noun that carries its own victims ("four deaths"), and whether it
 * acts on a count after it ("killing 40").
 */
public record OutcomeWord(String word, Outcome outcome, boolean noun, boolean beforeCount) {
}
