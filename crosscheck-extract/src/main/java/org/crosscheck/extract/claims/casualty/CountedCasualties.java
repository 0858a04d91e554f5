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
 * Counted casualties: "N [victims] were killed", "killing N victims", "the deaths of N victims", "N deaths", "N
 * others wounded", "15 personnel and 18 civilians were killed", and the breakdown of a figure just read ("seven
 * dead, including four soldiers"). Stateless and thread-safe.
 */
final class CountedCasualties {
    private final QuantityReader quantities = new QuantityReader();

    /** "N [victims] were killed", "killing N victims", "the deaths of N victims", "N deaths", "N others wounded". */
    Optional<ClaimDraft> read(ReportContext ctx, ActorTable actors, Attributions attributions, Sentence s,
                                         QuantityReader.Quantity q, List<ClaimDraft> before) {
        List<Token> ts = s.tokens();
        int j = q.last() + 1;
        if (j + 1 < ts.size() && Words.lower(ts.get(j)).equals("of") && (q.count().vague()
                || Set.of("our", "their", "the", "its", "his").contains(Words.lower(ts.get(j + 1))))) {
            j++;
            while (j < ts.size() && Words.DETERMINERS.contains(Words.lower(ts.get(j)))) {
                j++;
            }
        }
        boolean vagueWord = q.count().vague();
        String qWord = Words.lower(ts.get(q.first()));
        // the victims' noun phrase: an actor mention, or modifiers up to a people noun
        int npEnd = j - 1;
        String victims = null;
        boolean others = false;
        // "five of them critically", "three seriously": part of the people just counted
        if (j + 1 < ts.size() && Words.lower(ts.get(j)).equals("of") && Words.lower(ts.get(j + 1)).equals("them")) {
            others = true;
            npEnd = j + 1;
            j = j + 2;
        } else if (j < ts.size() && Set.of("seriously", "critically", "severely", "badly", "gravely", "lightly",
                "slightly").contains(Words.lower(ts.get(j)))) {
            others = true;
        }
        Optional<ActorTable.Mention> m = j < ts.size() && !others ? actors.at(s.index(), j) : Optional.empty();
        if (m.isPresent() && m.get().first() == j && !CasualtyWords.isOthers(ts.get(m.get().last()))) {
            npEnd = m.get().last();
            victims = m.get().key();
        } else {
            int k = j;
            while (k < ts.size() && (Words.isAdjective(ts.get(k)) || Words.isNoun(ts.get(k)))
                    && !Words.isOutcome(ts.get(k)) && !Words.OUTCOME_NOUNS.contains(Words.lower(ts.get(k)))) {
                k++;
            }
            if (k > j) {
                String head = Words.lower(ts.get(k - 1));
                Optional<ActorTable.Mention> hm = actors.at(s.index(), k - 1);
                if (head.equals("others") || head.equals("more")) {
                    others = true;
                    npEnd = k - 1;
                } else if (hm.isPresent()) {
                    victims = hm.get().key();
                    npEnd = k - 1;
                } else {
                    return Optional.empty(); // "12 cities", "two armoured tanks": not people
                }
            } else if (j < ts.size() && (Words.lower(ts.get(j)).equals("others")
                    || Words.lower(ts.get(j)).equals("more"))) {
                others = true;
                npEnd = j;
            }
        }
        if (victims != null) {
            ActorTable.Entry e = actors.entry(victims);
            String head = e.name().toLowerCase(java.util.Locale.ROOT);
            if (Words.NOT_VICTIMS.stream().anyMatch(head::endsWith) && !e.key().startsWith("org:")) {
                return Optional.empty();
            }
        }
        if (vagueWord && Set.of("heavy", "significant", "substantial", "minimal", "some", "few").contains(qWord)) {
            return Optional.empty(); // "heavy losses on X" is read by suffered()
        }
        // what happened to them: after the noun phrase, past asides and coordinated counts
        Outcome outcome = null;
        String rule = null;
        int outcomeTok = -1;
        int k = npEnd + 1;
        k = skipAsides(ts, k);
        while (k < ts.size() && (CasualtyWords.AUX.contains(Words.lower(ts.get(k))) || ts.get(k).pos().equals("RB"))) {
            k++;
        }
        boolean finite = k > npEnd + 1;
        if (k < ts.size() && Words.isOutcome(ts.get(k)) && !Words.lower(ts.get(k)).equals("lost")
                && (finite || !Set.of(Outcome.ARRESTED, Outcome.CAPTURED).contains(CasualtyWords.outcomeOf(ts, k)))) {
            outcome = CasualtyWords.outcomeOf(ts, k);
            rule = "casualty.count-outcome";
            outcomeTok = k;
            if (Words.lower(ts.get(k)).equals("shot") && k + 1 < ts.size()
                    && Words.lower(ts.get(k + 1)).equals("dead")) {
                outcomeTok = k + 1;
            }
        } else if (k < ts.size() && Words.lower(ts.get(k)).equals("shot") && k + 1 < ts.size()
                && Words.lower(ts.get(k + 1)).equals("dead")) {
            outcome = Outcome.KILLED;
            rule = "casualty.count-shot-dead";
            outcomeTok = k + 1;
        }
        int evidenceStart = q.first();
        if (outcome == null) {
            // "killing N", "killed at least N", "the deaths of N", "lost N soldiers"
            int b = q.first() - 1;
            if (b >= 0 && Words.lower(ts.get(b)).equals("of")) {
                b--;
            }
            while (b >= 0 && (Words.DETERMINERS.contains(Words.lower(ts.get(b))) && b == q.first() - 1)) {
                b--;
            }
            if (b >= 0 && Words.OUTCOME_BEFORE_COUNT.contains(Words.lower(ts.get(b)))
                    && !List.of("were", "was", "been").contains(b > 0 ? Words.lower(ts.get(b - 1)) : "")) {
                outcome = Words.lower(ts.get(b)).equals("shot") ? null : CasualtyWords.outcomeOf(ts, b);
                if (outcome == null && Words.lower(ts.get(b)).equals("lost")) {
                    outcome = Outcome.KILLED;
                }
                rule = outcome == null ? null : "casualty.outcome-count";
                outcomeTok = b;
                evidenceStart = b;
                // "it has killed at least 92": the subject belongs to the evidence
                int subj = b - 1;
                while (subj >= 0 && CasualtyWords.AUX.contains(Words.lower(ts.get(subj)))) {
                    subj--;
                }
                if (subj >= 0 && Set.of("it", "they", "we").contains(Words.lower(ts.get(subj)))) {
                    evidenceStart = subj;
                }
            }
        }
        if (outcome == null && npEnd + 1 < ts.size() && victims == null && !others) {
            // "four deaths", "11 injuries", "50 lives", "seven dead", "20 wounded"
            String noun = Words.lower(ts.get(npEnd + 1));
            if (Words.OUTCOME_NOUNS.contains(noun)) {
                outcome = Words.OUTCOMES.get(noun);
                rule = "casualty.count-noun";
                outcomeTok = npEnd + 1;
            }
        }
        if (outcome == null) {
            // "seven dead, including four soldiers and three gendarmes": the breakdown shares the outcome
            ClaimDraft head = breakdownOf(before, s.index(), ts, q.first());
            if (head == null || victims == null && !others) {
                return Optional.empty();
            }
            outcome = head.outcome();
            rule = "casualty.breakdown";
            outcomeTok = npEnd;
        }
        if (outcomeTok + 2 < ts.size() && Words.lower(ts.get(outcomeTok + 1)).equals("or")
                && Words.isOutcome(ts.get(outcomeTok + 2))) {
            outcome = outcome == CasualtyWords.outcomeOf(ts, outcomeTok + 2) ? outcome : Outcome.HARMED;
            outcomeTok += 2;
        }
        Attribution who = attributions.at(s.index(), q.first());
        if (victims == null && qWord.equals("both")) {
            victims = countedBefore(ctx, actors, s.index());
        }
        if (victims == null && !others && npEnd == q.last()) {
            // a bare count: "the army suffered two dead", "inflicted 40 casualties on the rebels"; else its people
            // may be those of a count before it in the sentence ("600 soldiers were killed and 3,000 wounded"),
            // which CasualtyExtractor looks for once the frames are read too
            int said = outcomeTok;
            victims = sufferer(actors, s, q.first()).or(() -> inflictedOn(actors, s, said)).orElse(null);
            if (victims == null && !qWord.equals("both") && !rule.equals("casualty.outcome-count")) {
                rule = Victims.BARE_COUNT_RULE;
            }
        }
        if (victims == null) {
            victims = others || npEnd < j ? Victims.previousVictims(before, s.index(), ctx) : null;
            if (victims == null) {
                victims = Victims.people(actors);
            }
        }
        victims = Victims.resolveRelative(actors, victims, who);
        int first = Math.min(evidenceStart, q.first());
        int last = Math.max(outcomeTok, npEnd);
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(last).end());
        String words = ctx.body().substring(ts.get(q.first()).start(), ts.get(Math.max(q.last(), npEnd)).end());
        Count c = q.count();
        Count count = new Count(c.low(), c.high(), c.vague(), words);
        return Optional.of(new ClaimDraft(s.index(), q.first(), who, Stance.ASSERTS, ClaimKind.CASUALTIES, outcome,
                victims, count, null, null, evidence, null, rule));
    }

    /** The claim a quantity breaks down, when "including", "among them" or a list links it to one just read. */
    private static ClaimDraft breakdownOf(List<ClaimDraft> before, int sentence, List<Token> ts, int first) {
        if (before.isEmpty() || first == 0) {
            return null;
        }
        ClaimDraft last = before.get(before.size() - 1);
        if (last.sentence() != sentence || !last.isCasualty() || last.count().vague()) {
            return null;
        }
        String link = Words.lower(ts.get(first - 1));
        // "including" and "among them" announce a breakdown wherever the sentence puts them ("403 people were killed
        // in November as a result of violent acts, including 147 civilians"); a comma or "and" only next to the
        // figure it continues
        int reach = Set.of("including", "among").contains(link) ? 120 : 40;
        boolean linked = (Set.of("including", "among", "and", ",").contains(link)
                || link.equals("with") && first > 1 && Words.lower(ts.get(first - 2)).equals("along"))
                && ts.get(first - 1).start() - last.evidence().end() < reach;
        return linked ? last : null;
    }

    /** "the army suffered two dead", "the rebels have sustained 12 casualties": the subject of a verb of suffering. */
    private static Optional<String> sufferer(ActorTable actors, Sentence s, int first) {
        List<Token> ts = s.tokens();
        int b = first - 1;
        if (b < 0 || !CasualtyWords.SUFFERING.contains(Words.lemma(ts.get(b)))) {
            return Optional.empty();
        }
        int subj = b - 1;
        while (subj >= 0 && (CasualtyWords.AUX.contains(Words.lower(ts.get(subj))) || ts.get(subj).pos().equals("RB"))) {
            subj--;
        }
        return subj < 0 ? Optional.empty() : actors.at(s.index(), subj).map(ActorTable.Mention::key);
    }

    /** "inflicted 40 casualties on the rebels", "12 casualties among the police": the people after the outcome. */
    private static Optional<String> inflictedOn(ActorTable actors, Sentence s, int outcomeTok) {
        List<Token> ts = s.tokens();
        int k = outcomeTok + 1;
        if (k >= ts.size() || !Set.of("on", "among").contains(Words.lower(ts.get(k)))) {
            return Optional.empty();
        }
        k++;
        while (k < ts.size() && Words.DETERMINERS.contains(Words.lower(ts.get(k)))) {
            k++;
        }
        return k < ts.size() ? actors.at(s.index(), k).map(ActorTable.Mention::key) : Optional.empty();
    }

    /** "Two individuals were detained … Both were executed": the people the previous sentence counted. */
    private String countedBefore(ReportContext ctx, ActorTable actors, int sentence) {
        if (sentence == 0) {
            return null;
        }
        List<Token> ts = ctx.tokens(sentence - 1);
        for (int i = 0; i + 1 < ts.size(); i++) {
            Optional<QuantityReader.Quantity> q = quantities.numberAt(ts, i);
            if (q.isPresent()) {
                Optional<ActorTable.Mention> m = actors.at(sentence - 1, q.get().last() + 1);
                if (m.isPresent()) {
                    return m.get().key();
                }
            }
        }
        return null;
    }

    /** Skips an aside between a noun phrase and its verb ("90 people, many of them children, have been killed"). */
    private static int skipAsides(List<Token> ts, int k) {
        if (k < ts.size() && (ts.get(k).word().equals(",") || ts.get(k).word().equals("("))) {
            String close = ts.get(k).word().equals("(") ? ")" : ",";
            for (int e = k + 1; e < Math.min(ts.size(), k + 10); e++) {
                if (ts.get(e).word().equals(close)) {
                    int after = e + 1;
                    if (after < ts.size() && (CasualtyWords.AUX.contains(Words.lower(ts.get(after)))
                            || Words.isOutcome(ts.get(after)))) {
                        return after;
                    }
                    return k;
                }
            }
        }
        // "15 personnel and 18 civilians were killed": the outcome after the last conjunct is shared
        if (k < ts.size() && Words.lower(ts.get(k)).equals("and")) {
            for (int e = k + 1; e < Math.min(ts.size(), k + 8); e++) {
                if (CasualtyWords.AUX.contains(Words.lower(ts.get(e))) && e > k + 1) {
                    return e;
                }
                if (Words.isPunct(ts.get(e)) || Words.lower(ts.get(e)).equals("and")) {
                    break;
                }
            }
        }
        return k;
    }
}
