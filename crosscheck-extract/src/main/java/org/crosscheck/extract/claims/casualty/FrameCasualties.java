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
import org.crosscheck.extract.lexicon.TriggerLemma;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
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
 * outcome words), {@code victims} (the head noun of the people: a party the report names or a plural demonym,
 * not a word that names no party like "sources"), {@code count} (the number or quantity word counting them); any
 * other named node ({@code trigger}) only widens the evidence. A singular noun named {@code victim} is one person
 * ("a man was shot and killed"); a verb named {@code wounding} ("shot", with no word of death) makes the victims
 * wounded. Java resolves the rest: the count with its qualifier ("at least"), the victims' party, the claimant.
 * Stateless and thread-safe.
 */
final class FrameCasualties {
    private final DependencyPatterns rules;
    private final QuantityReader quantities = new QuantityReader();
    private final Lexicon lexicon = Lexicon.english();
    /** How many sentences back "he" or "she" may find the person it stands for. */
    private static final int PRONOUN_REACH = 3;

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
        int wounding = m.node("wounding");
        int o = wounding >= 0 ? wounding : m.node("outcome");
        int single = m.node("victim");
        int v = single >= 0 ? single : m.node("victims");
        int c = m.node("count");
        if (o < 0 || v < 0 && c < 0) {
            return Optional.empty();
        }
        if (v < 0) {
            return unnamed(ctx, actors, attributions, s, m, outcome(ts.get(o)), c);
        }
        Outcome outcome = wounding >= 0 ? Outcome.WOUNDED : outcome(ts.get(o));
        Optional<QuantityReader.Quantity> q = c >= 0
                ? quantities.numberAt(ts, c).or(() -> quantities.vagueAt(ts, c))
                : single >= 0 ? single(s, m.node("one"), v, actors.at(s.index(), v)) : unspecified(ctx, ts, v, o);
        if (outcome == null || q.isEmpty() || ts.get(o).ner().equals("DATE")) {
            return Optional.empty();
        }
        boolean pronoun = ts.get(v).pos().equals("PRP");
        Optional<ActorTable.Mention> victims = pronoun ? referent(ctx, actors, s, v)
                : actors.at(s.index(), v).or(() -> demonym(ctx, actors, s, v)).or(() -> peopleWord(ctx, actors, s, v));
        // the frame's grammar makes them victims, so only words that name no party at all ("sources") are refused
        boolean noParty = lexicon.peopleNoun(Words.lower(ts.get(v))).map(p -> p.kind() == null).orElse(false);
        if (victims.isEmpty() || noParty) {
            return Optional.empty();
        }
        int vFirst = pronoun ? v : victims.get().first();
        int vLast = pronoun ? v : victims.get().last();
        int first = Math.min(q.get().first(), vFirst);
        int last = Math.max(q.get().last(), vLast);
        // a breakdown ("including four children") and a conjunct ("killed three policemen and several civilians")
        // quote their own words: the whole's evidence, or the first conjunct's, is another claim's
        boolean part = m.node("whole") >= 0 || s.governorsOf(v).stream().anyMatch(d -> d.relation().startsWith("conj"));
        for (var node : m.nodes().entrySet()) {
            if (!part || node.getKey().equals("count") || node.getKey().equals("one")) {
                first = Math.min(first, node.getValue());
                last = Math.max(last, node.getValue());
            }
        }
        Attribution who = attributions.at(s.index(), q.get().first());
        String key = Victims.resolveRelative(actors, victims.get().key(), who);
        Span evidence = Span.of(ctx.body(), ts.get(first).start(), ts.get(last).end());
        int wordsFirst = Math.min(q.get().first(), vFirst);
        String words = ctx.body().substring(ts.get(wordsFirst).start(), ts.get(Math.max(q.get().last(), vLast)).end());
        Count n = q.get().count();
        return Optional.of(new ClaimDraft(s.index(), q.get().first(), who, Stance.ASSERTS, ClaimKind.CASUALTIES,
                outcome, key, new Count(n.low(), n.high(), n.vague(), words), null, null, evidence, null, m.rule()));
    }

    /**
     * A count with no people of its own ("put the death toll at 40", "the war has killed tens of thousands"): the
     * victims are people, the words the quantity's, the evidence every node's.
     */
    private Optional<ClaimDraft> unnamed(ReportContext ctx, ActorTable actors, Attributions attributions,
                                         Sentence s, PatternMatch m, Outcome outcome, int c) {
        List<Token> ts = s.tokens();
        Optional<QuantityReader.Quantity> q = quantities.numberAt(ts, c).or(() -> quantities.vagueAt(ts, c));
        if (outcome == null || q.isEmpty()) {
            return Optional.empty();
        }
        int first = q.get().first();
        int last = q.get().last();
        for (int node : m.nodes().values()) {
            first = Math.min(first, node);
            last = Math.max(last, node);
        }
        Attribution who = attributions.at(s.index(), q.get().first());
        Count n = q.get().count();
        String words = ctx.body().substring(ts.get(q.get().first()).start(), ts.get(q.get().last()).end());
        return Optional.of(new ClaimDraft(s.index(), q.get().first(), who, Stance.ASSERTS, ClaimKind.CASUALTIES,
                outcome, Victims.people(actors), new Count(n.low(), n.high(), n.vague(), words), null, null,
                Span.of(ctx.body(), ts.get(first).start(), ts.get(last).end()), null, m.rule()));
    }

    /**
     * "a man", "another soldier", "Omar Haddad": a singular noun or a person's name the rule names {@code victim}
     * is one person (the codebook's singular victims), its words starting at its determiner or the name's first
     * word; a plural noun or another proper noun is not counted so. Names joined by "and" ("Omar Haddad and Nadia
     * Karimi were killed") count one each, the words running to the last name.
     */
    private static Optional<QuantityReader.Quantity> single(Sentence s, int det, int noun,
                                                            Optional<ActorTable.Mention> named) {
        List<Token> ts = s.tokens();
        boolean person = named.isPresent() && ts.get(noun).ner().equals("PERSON");
        if (ts.get(noun).pos().equals("PRP")) {
            return Optional.of(new QuantityReader.Quantity(noun, noun, Count.exactly(1, "")));
        }
        if (!ts.get(noun).pos().equals("NN") && !person) {
            return Optional.empty();
        }
        int first = person ? named.get().first() : det >= 0 && det < noun ? det : noun;
        int last = first;
        int persons = 1;
        if (person) {
            for (var d : s.dependentsOf(noun)) {
                if (d.relation().startsWith("conj") && ts.get(d.dependent()).ner().equals("PERSON")) {
                    persons++;
                    last = Math.max(last, d.dependent());
                }
            }
        }
        return Optional.of(new QuantityReader.Quantity(first, last, Count.exactly(persons, "")));
    }

    /**
     * Who "he" or "she" is: the last person's name or singular noun of people ("a man", "the driver") before it,
     * in its sentence or the {@value #PRONOUN_REACH} before; none when the report named nobody so.
     */
    private Optional<ActorTable.Mention> referent(ReportContext ctx, ActorTable actors, Sentence s, int pronoun) {
        for (int k = s.index(); k >= Math.max(0, s.index() - PRONOUN_REACH); k--) {
            List<ActorTable.Mention> in = actors.in(k);
            List<Token> ts = ctx.tokens(k);
            for (int i = in.size() - 1; i >= 0; i--) {
                ActorTable.Mention m = in.get(i);
                if (k == s.index() && m.last() >= pronoun) {
                    continue;
                }
                Token head = ts.get(m.last());
                boolean one = actors.entry(m.key()).kind() == ActorKind.PERSON && head.ner().equals("PERSON")
                        || head.pos().equals("NN") && lexicon.peopleNoun(Words.lower(head)).map(p -> p.kind() != null)
                        .orElse(false);
                if (one) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "civilian casualties": a rule that names no count reads an outcome noun whose modifier names the people; the
     * claim is vague, its words running from the modifier to the noun.
     */
    private static Optional<QuantityReader.Quantity> unspecified(ReportContext ctx, List<Token> ts, int v, int o) {
        if (!ts.get(o).pos().equals("NNS") || v > o) {
            return Optional.empty();
        }
        return Optional.of(new QuantityReader.Quantity(v, o,
                Count.vague(ctx.body().substring(ts.get(v).start(), ts.get(o).end()))));
    }

    /**
     * "civilian" in "civilian casualties": a people word of the lexicon that the actor stage left as a modifier
     * names the victims, the same party as its plural head noun would.
     */
    private Optional<ActorTable.Mention> peopleWord(ReportContext ctx, ActorTable actors, Sentence s, int v) {
        Token t = s.tokens().get(v);
        Optional<ActorKind> kind = lexicon.peopleNoun(Words.lower(t)).map(p -> p.kind());
        if (kind.isEmpty() || kind.get() == null || !t.pos().startsWith("JJ")) {
            return Optional.empty();
        }
        String plural = Words.lower(t) + "s";
        String key = "np:" + kind.get() + ":" + plural;
        if (!actors.has(key)) {
            actors.actor(key, plural, kind.get());
        }
        actors.mention(key, s.index(), v, v, Span.of(ctx.body(), t.start(), t.end()), t.word());
        return actors.at(s.index(), v);
    }

    /**
     * People named by a plural demonym ("six Palestinians", "three Gazans"), which the actor stage does not take
     * for a party: the frame's grammar makes them the victims, so they become an actor of the report.
     */
    private static Optional<ActorTable.Mention> demonym(ReportContext ctx, ActorTable actors, Sentence s, int v) {
        Token t = s.tokens().get(v);
        boolean pluralNoun = t.pos().startsWith("NN") && t.pos().endsWith("S");
        if (!Words.isCapitalised(t) || !t.ner().equals("MISC") || !pluralNoun) {
            return Optional.empty();
        }
        String key = "np:" + ActorKind.OTHER + ":" + Words.lower(t);
        if (!actors.has(key)) {
            actors.actor(key, t.word(), ActorKind.OTHER);
        }
        Span span = Span.of(ctx.body(), t.start(), t.end());
        actors.mention(key, s.index(), v, v, span, t.word());
        return actors.at(s.index(), v);
    }

    /** What a word says happened: its lemma's, else the word's own ("dead"). */
    private Outcome outcome(Token t) {
        return lexicon.trigger(Words.lemma(t)).map(TriggerLemma::outcome)
                .or(() -> lexicon.outcomeWord(Words.lower(t)).map(OutcomeWord::outcome)).orElse(null);
    }
}
