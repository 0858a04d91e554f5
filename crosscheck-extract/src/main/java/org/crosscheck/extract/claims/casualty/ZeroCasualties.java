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
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Zero claims: "no losses", "no one was killed", "no civilians were harmed", "did not see any casualties", "while
 * suffering no losses themselves". Stateless.
 */
final class ZeroCasualties {
    /** Zero claims: "no losses", "no one was killed", "no civilians were harmed", "did not see any casualties". */
    Optional<ClaimDraft> read(ReportContext ctx, ActorTable actors, Attributions attributions, Sentence s,
                                      int i, List<ClaimDraft> before) {
        List<Token> ts = s.tokens();
        String w = Words.lower(ts.get(i));
        int j = i + 1;
        if (w.equals("any")) {
            boolean negated = false;
            for (int b = Math.max(0, i - 4); b < i; b++) {
                String bw = Words.lower(ts.get(b));
                if (bw.equals("not") || bw.equals("n't") || bw.equals("never") || bw.equals("without")) {
                    negated = true;
                }
                if (Words.DENYING.contains(Words.lemma(ts.get(b)))) {
                    return Optional.empty(); // a denial of losses is the denial stage's
                }
            }
            if (!negated) {
                return Optional.empty();
            }
        }
        if (w.equals("no") && j < ts.size() && (Words.lower(ts.get(j)).equals("one")
                || Words.lower(ts.get(j)).equals("-"))) {
            j++;
            if (j < ts.size() && Words.lower(ts.get(j)).equals("one")) {
                j++;
            }
            w = "no-one";
        }
        String victims = null;
        int npEnd = i;
        Outcome outcome = null;
        int outcomeTok = -1;
        if (w.equals("no-one") || w.equals("nobody") || w.equals("none")) {
            victims = Victims.people(actors);
        } else {
            while (j < ts.size() && Words.isAdjective(ts.get(j)) && !Words.isOutcome(ts.get(j))) {
                j++;
            }
            if (j >= ts.size()) {
                return Optional.empty();
            }
            String noun = Words.lower(ts.get(j));
            if (Words.OUTCOME_NOUNS.contains(noun)) {
                outcome = Words.OUTCOMES.get(noun);
                outcomeTok = j;
                npEnd = j;
                victims = ownLosses(ts, i, j);
            } else {
                Optional<ActorTable.Mention> m = actors.at(s.index(), j);
                if (m.isEmpty() || Words.NOT_VICTIMS.contains(noun)) {
                    return Optional.empty();
                }
                victims = m.get().key();
                npEnd = m.get().last();
            }
        }
        if (outcome == null) {
            int k = npEnd + 1;
            if (k == i + 1 && !w.equals("no-one")) {
                k = j;
            }
            if (w.equals("no-one")) {
                k = j;
            }
            while (k < ts.size() && CasualtyWords.AUX.contains(Words.lower(ts.get(k)))) {
                k++;
            }
            if (k >= ts.size() || !Words.isOutcome(ts.get(k))) {
                return Optional.empty();
            }
            outcome = CasualtyWords.outcomeOf(ts, k);
            outcomeTok = k;
            if (k + 2 < ts.size() && Words.lower(ts.get(k + 1)).equals("or") && Words.isOutcome(ts.get(k + 2))) {
                outcome = Outcome.HARMED;
                outcomeTok = k + 2;
            }
        }
        Attribution who = attributions.at(s.index(), i);
        if (victims == null) {
            victims = Victims.people(actors);
        }
        victims = Victims.resolveRelative(actors, victims, who);
        int first = i;
        // "while suffering no losses themselves": the sufferer's words belong to the evidence
        if (first > 0 && CasualtyWords.SUFFERING.contains(Words.lemma(ts.get(first - 1)))) {
            first--;
            if (first > 0 && Words.lower(ts.get(first - 1)).equals("while")) {
                first--;
            }
        }
        int last = outcomeTok;
        if (last + 1 < ts.size() && Set.of("themselves", "itself").contains(Words.lower(ts.get(last + 1)))) {
            last++;
        }
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(Math.max(last, npEnd)).end());
        String words = ctx.body().substring(ts.get(i).start(), ts.get(Math.max(npEnd, i)).end());
        return Optional.of(new ClaimDraft(s.index(), i, who, Stance.ASSERTS, ClaimKind.CASUALTIES, outcome, victims,
                Count.exactly(0, words), null, null, evidence, null,
                "casualty.zero"));
    }

    /** Whose losses "no losses" are: the sufferer's ("suffering no losses themselves"), else people's. */
    private static String ownLosses(List<Token> ts, int no, int noun) {
        boolean own = no > 0 && CasualtyWords.SUFFERING.contains(Words.lemma(ts.get(no - 1)))
                || noun + 1 < ts.size() && Set.of("themselves", "itself").contains(Words.lower(ts.get(noun + 1)));
        return own ? "@claimant" : null;
    }
}
