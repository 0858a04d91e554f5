package org.crosscheck.extract.claims.casualty;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.claims.QuantityReader;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Vague claims of harm without a count: "X suffered casualties", "heavy losses on X", "inflicted losses on X".
 * Stateless and thread-safe.
 */
final class SufferedCasualties {
    private final QuantityReader quantities = new QuantityReader();

    /** "X suffered casualties", "heavy losses on X": a vague claim of harm. */
    Optional<ClaimDraft> read(ReportContext ctx, ActorTable actors, Attributions attributions,
                                          Sentence s, int i, List<ClaimDraft> before) {
        List<Token> ts = s.tokens();
        int first = i;
        String victims = null;
        String qualifier = i > 0 ? Words.lower(ts.get(i - 1)) : "";
        if (Set.of("no", "any").contains(qualifier) || i > 0 && quantities.numberAt(ts, i - 1).isPresent()) {
            return Optional.empty(); // zero and counted casualties are read by zero() and counted()
        }
        if (i > 0 && QuantityReader.VAGUE.contains(qualifier)) {
            first = i - 1;
        }
        if (i + 2 < ts.size() && Set.of("on", "among", "to").contains(Words.lower(ts.get(i + 1)))) {
            int k = i + 2;
            while (k < ts.size() && Words.DETERMINERS.contains(Words.lower(ts.get(k)))) {
                k++;
            }
            if (k < ts.size()) {
                Optional<ActorTable.Mention> m = actors.at(s.index(), k);
                if (m.isPresent()) {
                    victims = m.get().key();
                    Attribution who = attributions.at(s.index(), i);
                    int start = first > 0 && Set.of("inflicted", "inflicting", "inflict", "caused")
                            .contains(Words.lower(ts.get(first - 1))) ? first - 1 : first;
                    Span ev = Span.of(ctx.body(), ts.get(start).start(), ts.get(m.get().last()).end());
                    return Optional.of(new ClaimDraft(s.index(), i, who, Stance.ASSERTS, ClaimKind.CASUALTIES,
                            Outcome.HARMED, Victims.resolveRelative(actors, victims, who),
                            Count.vague(ctx.body().substring(ts.get(first).start(), ts.get(i).end())), null, null,
                            ev, null, "casualty.losses-on"));
                }
            }
        }
        int b = first - 1;
        if (b >= 0 && CasualtyWords.SUFFERING.contains(Words.lemma(ts.get(b)))) {
            int subj = b - 1;
            while (subj >= 0 && CasualtyWords.AUX.contains(Words.lower(ts.get(subj)))) {
                subj--;
            }
            Optional<ActorTable.Mention> m = subj >= 0 ? actors.at(s.index(), subj) : Optional.empty();
            if (m.isPresent()) {
                Attribution who = attributions.at(s.index(), i);
                int end = i;
                while (end + 1 < ts.size() && !Words.isPunct(ts.get(end + 1))
                        && Set.of("during", "in", "the", "operation", "attack", "clashes", "fighting")
                        .contains(Words.lower(ts.get(end + 1)))) {
                    end++;
                }
                int start = subj > 0 && ts.get(subj - 1).pos().startsWith("VB") ? subj - 1 : m.get().first();
                if (start > 0 && Words.lower(ts.get(start)).equals("that")) {
                    start--;
                }
                Span ev = Span.of(ctx.body(), ts.get(Math.min(start, m.get().first())).start(), ts.get(end).end());
                return Optional.of(new ClaimDraft(s.index(), i, who, Stance.ASSERTS, ClaimKind.CASUALTIES,
                        Outcome.HARMED, m.get().key(),
                        Count.vague(ctx.body().substring(ts.get(b).start(), ts.get(i).end())), null, null, ev,
                        null, "casualty.suffered-losses"));
            }
        }
        return Optional.empty();
    }
}
