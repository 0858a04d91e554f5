package org.crosscheck.extract.claims.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.claims.QuantityReader;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.OutcomeWord;
import org.crosscheck.extract.lexicon.PeopleNoun;
import org.crosscheck.extract.lexicon.TriggerLemma;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.DependencyPatterns;
import org.crosscheck.text.PatternMatch;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Casualty frames read from the dependency graph by the rules of {@code casualty-frames.semgrex}. A rule names
 * its nodes: {@code outcome} (the word whose lemma says what happened, through the lexicon's trigger lemmas or
 * outcome words), {@code victims} (the head noun of the people, which must be a party the report names and not a
 * word like "witnesses"), {@code count} (the number or quantity word counting them); any other named node
 * ({@code trigger}) only widens the evidence. Java resolves the rest: the count with its qualifier ("at least"),
 * the victims' party, the claimant. Stateless and thread-safe.
 */
final class FrameCasualties {
    private final DependencyPatterns rules;
    private final QuantityReader quantities = new QuantityReader();
    private final Lexicon lexicon = Lexicon.english();

    FrameCasualties(DependencyPatterns rules) {
        this.rules = rules;
    }

    /** The claims the rules find in sentence {@code s}, in the rules' order. */
    List<ClaimDraft> read(ReportContext ctx, ActorTable actors, Attributions attributions, Sentence s) {
        List<ClaimDraft> out = new ArrayList<>();
        for (PatternMatch m : rules.match(s)) {
            frame(ctx, actors, attributions, s, m).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ClaimDraft> frame(ReportContext ctx, ActorTable actors, Attributions attributions, Sentence s,
                                       PatternMatch m) {
        List<Token> ts = s.tokens();
        int o = m.node("outcome");
        int v = m.node("victims");
        int c = m.node("count");
        if (o < 0 || v < 0 || c < 0) {
            return Optional.empty();
        }
        Outcome outcome = outcome(ts.get(o));
        Optional<ActorTable.Mention> victims = actors.at(s.index(), v);
        boolean notVictims = lexicon.peopleNoun(Words.lower(ts.get(v))).map(PeopleNoun::notVictim).orElse(false);
        Optional<QuantityReader.Quantity> q = quantities.numberAt(ts, c).or(() -> quantities.vagueAt(ts, c));
        if (outcome == null || victims.isEmpty() || notVictims || q.isEmpty()) {
            return Optional.empty();
        }
        int first = Math.min(q.get().first(), victims.get().first());
        int last = Math.max(q.get().last(), victims.get().last());
        for (int node : m.nodes().values()) {
            first = Math.min(first, node);
            last = Math.max(last, node);
        }
        Attribution who = attributions.at(s.index(), q.get().first());
        String key = Victims.resolveRelative(actors, victims.get().key(), who);
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(last).end());
        String words = ctx.body().substring(ts.get(q.get().first()).start(),
                ts.get(Math.max(q.get().last(), victims.get().last())).end());
        Count n = q.get().count();
        return Optional.of(new ClaimDraft(s.index(), q.get().first(), who, Stance.ASSERTS, ClaimKind.CASUALTIES,
                outcome, key, new Count(n.low(), n.high(), n.vague(), words), null, null, evidence, null, m.rule()));
    }

    /** What a word says happened: its lemma's, else the word's own ("dead"). */
    private Outcome outcome(Token t) {
        return lexicon.trigger(Words.lemma(t)).map(TriggerLemma::outcome)
                .or(() -> lexicon.outcomeWord(Words.lower(t)).map(OutcomeWord::outcome)).orElse(null);
    }
}
