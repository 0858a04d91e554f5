package org.crosscheck.extract.lexicon;

import org.crosscheck.model.EventType;
import org.crosscheck.model.Outcome;

/**
 * A trigger lemma ({@code trigger-lemmas.tsv}): the casualty outcome and the ACLED event type and sub-type it
 * points to, each {@code null} when it points to none, and whether a sentence holding it gets a dependency parse.
 */
public record TriggerLemma(String lemma, Outcome outcome, EventType type, String subType, boolean parse) {
}
