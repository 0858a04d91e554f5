package org.crosscheck.extract.claims;

import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;

/**
 * A claim as a rule stage finds it, before claims are merged, numbered and linked to events: where it stands
 * (sentence and token), whose account it is, and what it says. {@code answers} is, for a denial, the actor key of
 * the party whose claims it answers when the text names it ("rejected claims made by the ISPR"); {@code rule} the
 * id of the rule that found it ({@code casualty.count-outcome}, or a rule file's id). Immutable.
 */
public record ClaimDraft(int sentence, int token, Attribution attribution, Stance stance, ClaimKind kind,
                  Outcome outcome, String victims, Count count, String object, Count quantity, Span evidence,
                  String answers, String rule) {
    public boolean isCasualty() {
        return kind == ClaimKind.CASUALTIES;
    }
}
