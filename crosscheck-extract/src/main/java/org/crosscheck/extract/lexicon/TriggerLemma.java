package org.crosscheck.extract.lexicon;

import org.crosscheck.model.EventType;
import org.crosscheck.model.Outcome;

/**
 * A lemma that makes a sentence worth a dependency parse ({@code trigger-lemmas.tsv}), with the casualty outcome
 * and the ACLED event type and sub-type it points to, each {@code null} when it points to none.
 */
public record TriggerLemma(String lemma, Outcome outcome, EventType type, String subType) {
}
