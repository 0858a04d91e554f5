package org.crosscheck.extract.claims.casualty;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * One named person killed: "Badreddine was killed", "the attack that killed Badreddine", "the assassination of
 * Rafik Hariri". Stateless.
 */
final class PersonKilled {
    /** "Badreddine was killed", "the attack that killed Badreddine", "the assassination of Rafik Hariri": one death. */
    Optional<ClaimDraft> read(ReportContext ctx, ActorTable actors, Attributions attributions,
                                              Sentence s, int i) {
        List<Token> ts = s.tokens();
        Optional<ActorTable.Mention> m = actors.at(s.index(), i);
        if (m.isEmpty() || m.get().first() != i && !(i > 0 && !ts.get(i - 1).ner().equals("PERSON"))
                || actors.entry(m.get().key()).kind() != ActorKind.PERSON) {
            return Optional.empty();
        }
        int last = m.get().last();
        int k = last + 1;
        while (k < ts.size() && Set.of("was", "had", "been", "has", "reportedly", "allegedly", "also")
                .contains(Words.lower(ts.get(k)))) {
            k++;
        }
        Outcome outcome = null;
        int first = i;
        int end = last;
        if (k > last + 1 && k < ts.size() && Set.of("killed", "assassinated", "executed", "murdered", "slain")
                .contains(Words.lower(ts.get(k)))) {
            outcome = Words.lower(ts.get(k)).equals("executed") ? Outcome.EXECUTED : Outcome.KILLED;
            end = k;
        } else if (k == last + 1 && k < ts.size() && Words.lower(ts.get(k)).equals("died")) {
            outcome = Outcome.KILLED;
            end = k;
        } else if (i > 0 && Set.of("killed", "assassinated", "killing").contains(Words.lower(ts.get(i - 1)))) {
            outcome = Outcome.KILLED;
            first = i - 1;
        } else if (i > 1 && Words.lower(ts.get(i - 1)).equals("of")
                && Set.of("assassination", "killing", "murder", "death").contains(Words.lower(ts.get(i - 2)))) {
            outcome = Outcome.KILLED;
            first = i - 2;
        }
        if (outcome == null) {
            return Optional.empty();
        }
        Attribution who = attributions.at(s.index(), i);
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(end).end());
        String name = ctx.body().substring(ts.get(m.get().first()).start(), ts.get(last).end());
        return Optional.of(new ClaimDraft(s.index(), i, who, Stance.ASSERTS, ClaimKind.CASUALTIES, outcome,
                m.get().key(), Count.exactly(1, name), null, null, evidence, null,
                "casualty.person-killed"));
    }
}
