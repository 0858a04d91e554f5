package org.crosscheck.extract.claims.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.actors.Parties;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.attribution.AttributionResolver;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.attribution.ReportingClause;
import org.crosscheck.extract.attribution.Speakers;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.claims.ClaimExtractor;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.OutcomeWord;
import org.crosscheck.extract.lexicon.WordClass;
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
 * Finds the claims that answer or blame other parties: denials ("X denied any losses", "rejected claims made by
 * Y, calling them fabrications", "called it absolute nonsense"), accusations ("accused Y of …") and
 * responsibility ("claimed responsibility for the attacks", "blamed Y for …"). A denial of losses is also a
 * casualty claim of zero. Stateless and thread-safe.
 */
public final class StatementClaimExtractor implements ClaimExtractor {
    private final OccurrenceClaims occurrences = new OccurrenceClaims();
    private static final Set<String> DISMISSALS = Lexicon.english().words(WordClass.DISMISSALS);
    private static final Set<String> LOSS_NOUNS = Lexicon.english().words(WordClass.LOSS_NOUNS);
    private static final Set<String> EVENT_OBJECTS = Lexicon.english().words(WordClass.EVENT_OBJECTS);
    private static final Lexicon LEXICON = Lexicon.english();

    @Override
    public List<ClaimDraft> extract(ReportContext ctx, ActorTable actors, Attributions attributions) {
        List<ClaimDraft> out = new ArrayList<>();
        List<OccurrenceClaims.Blame> blames = new ArrayList<>(occurrences.find(ctx, actors, attributions));
        Set<ClaimDraft> unowned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (AttributionResolver.Cue cue : attributions.cues()) {
            if (cue.attribution().isOutlet()) {
                continue;
            }
            List<Token> ts = ctx.tokens(cue.sentence());
            if (cue.denial()) {
                ClaimDraft denial = denial(ctx, actors, cue, ts);
                out.add(denial);
                if (OwnedClaims.unowned(ctx, cue)) {
                    unowned.add(denial);
                }
                OwnedClaims.of(ctx, actors, cue).ifPresent(out::add);
            } else if (cue.accusation()) {
                ClaimDraft accusation = accusation(ctx, actors, cue, ts);
                out.add(accusation);
                accused(actors, cue, ts).ifPresent(a -> blames.add(new OccurrenceClaims.Blame(accusation, a)));
            } else if (Words.lemma(ts.get(cue.verb())).equals("claim") && cue.verb() + 1 < ts.size()
                    && Words.lower(ts.get(cue.verb() + 1)).equals("responsibility")) {
                int end = clauseEnd(ts, cue.verb());
                Span ev = Span.of(ctx.body(), ts.get(cue.verb()).start(), ts.get(end).end());
                out.add(new ClaimDraft(cue.sentence(), cue.verb(), cue.attribution(), Stance.ASSERTS,
                        ClaimKind.OCCURRENCE, null, null, null, null, null, extendLeft(ctx, ts, cue, ev), null,
                        "statement.responsibility"));
            }
        }
        // "calling them fabrications" without a verb of denial in the sentence
        for (var s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i + 2 < ts.size(); i++) {
                if (!Words.lemma(ts.get(i)).equals("call")) {
                    continue;
                }
                int d = i + 1;
                while (d < Math.min(ts.size(), i + 5) && !DISMISSALS.contains(Words.lower(ts.get(d)))) {
                    d++;
                }
                final int sentence = s.index();
                if (d < Math.min(ts.size(), i + 5) && out.stream().noneMatch(c -> c.sentence() == sentence
                        && c.stance() == Stance.DENIES)) {
                    Attribution who = callerOf(actors, s.index(), ts, i).orElse(attributions.at(s.index(), i));
                    if (!who.isOutlet()) {
                        Span ev = Span.of(ctx.body(), ts.get(i).start(), ts.get(d).end());
                        out.add(new ClaimDraft(s.index(), i, who, Stance.DENIES, ClaimKind.OTHER, null, null, null,
                                null, null, ev, null, "statement.dismissal"));
                    }
                }
            }
        }
        // "the allegations are baseless", "this is absolutely false": a dismissal as the predicate, in a party's account
        for (var s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            final int sentence = s.index();
            for (int i = 0; i + 1 < ts.size(); i++) {
                if (!Words.lemma(ts.get(i)).equals("be") || out.stream().anyMatch(c -> c.sentence() == sentence
                        && c.stance() == Stance.DENIES)) {
                    continue;
                }
                int d = i + 1;
                while (d < ts.size() && (ts.get(d).pos().equals("RB") && !Words.lower(ts.get(d)).equals("not")
                        || Words.DETERMINERS.contains(Words.lower(ts.get(d))))) {
                    d++;
                }
                boolean ends = d + 1 >= ts.size() || Words.isPunct(ts.get(d + 1)) || ts.get(d + 1).pos().equals("CC");
                if (d < ts.size() && DISMISSALS.contains(Words.lower(ts.get(d))) && ends) {
                    Attribution who = attributions.at(sentence, i);
                    if (!who.isOutlet()) {
                        int start = i;
                        // the clause of the dismissal: after a comma, a quote or the verb that reports it
                        while (start > 0 && !Words.isPunct(ts.get(start - 1))
                                && !(ts.get(start - 1).pos().startsWith("VB")
                                    && Words.REPORTING.contains(Words.lemma(ts.get(start - 1))))
                                && !Words.lower(ts.get(start - 1)).equals("that")) {
                            start--;
                        }
                        Span ev = Span.of(ctx.body(), ts.get(start).start(), ts.get(d).end());
                        out.add(new ClaimDraft(sentence, i, who, Stance.DENIES, ClaimKind.OTHER, null, null, null,
                                null, null, ev, null, "statement.dismissal-predicate"));
                    }
                }
            }
        }
        for (var s : ctx.sentences()) {
            final int sentence = s.index();
            if (out.stream().anyMatch(c -> c.sentence() == sentence && c.stance() == Stance.DENIES)) {
                continue;
            }
            NoCombatants.find(ctx, s).ifPresent(at -> {
                Attribution who = attributions.at(sentence, at.noun());
                if (!who.isOutlet()) {
                    out.add(new ClaimDraft(sentence, at.noun(), who, Stance.DENIES, ClaimKind.OTHER, null, null, null,
                            null, null, at.evidence(), null, "statement.no-combatants"));
                }
            });
        }
        blames.stream().map(OccurrenceClaims.Blame::claim).filter(b -> b.kind() == ClaimKind.OCCURRENCE
                && b.rule().startsWith("statement.occurrence")).forEach(out::add);
        return OwnedClaims.answerUnowned(DenialTargets.link(out, blames, actors), unowned, actors);
    }

    /** Whom an accusation aims at: the first other party after its verb in its clause ("accused Lima of…"). */
    private static Optional<String> accused(ActorTable actors, AttributionResolver.Cue cue, List<Token> ts) {
        int end = clauseEnd(ts, cue.verb());
        for (int k = cue.verb() + 1; k <= end; k++) {
            Optional<ActorTable.Mention> m = actors.at(cue.sentence(), k);
            if (m.isPresent() && !Parties.same(actors, m.get().key(), cue.attribution().claimant())) {
                return Optional.of(m.get().key());
            }
        }
        return Optional.empty();
    }

    /** The party just before "called" ("rebel groups have called it a sham"), as the one who dismisses. */
    private static Optional<Attribution> callerOf(ActorTable actors, int sentence, List<Token> ts, int verb) {
        int k = verb - 1;
        while (k >= 0 && (ts.get(k).pos().equals("RB") || ts.get(k).pos().startsWith("VB") || ts.get(k).pos().equals("MD"))) {
            k--;
        }
        return k < 0 ? Optional.empty() : actors.at(sentence, k)
                .map(m -> new Attribution(actors.entry(m.key()).speaksFor() != null
                        && actors.entry(m.key()).kind() == ActorKind.PERSON
                        ? actors.resolve(actors.entry(m.key()).speaksFor()) : m.key(), null, null));
    }

    private ClaimDraft denial(ReportContext ctx, ActorTable actors, AttributionResolver.Cue cue, List<Token> ts) {
        int v = cue.verb();
        int end = clauseEnd(ts, v);
        // "calling them fabrications" continues the denial past its comma
        if (end + 2 < ts.size() && ts.get(end + 1).word().equals(",")
                && Words.lemma(ts.get(end + 2)).equals("call")) {
            end = clauseEnd(ts, end + 2);
        }
        Span evidence = extendLeft(ctx, ts, cue, Span.of(ctx.body(), ts.get(v).start(), ts.get(end).end()));
        // "denied any losses": a casualty claim of zero about the denier's own side
        for (int k = v + 1; k <= Math.min(end, v + 4); k++) {
            if (LOSS_NOUNS.contains(Words.lower(ts.get(k)))) {
                Span words = Span.of(ctx.body(), ts.get(v + 1).start(), ts.get(k).end());
                return new ClaimDraft(cue.sentence(), v, cue.attribution(), Stance.DENIES, ClaimKind.CASUALTIES,
                        Outcome.HARMED, ownSide(actors, cue.attribution().claimant()),
                        Count.exactly(0, words.text()), null, null, evidence, null, "statement.denied-losses");
            }
        }
        String answers = answered(ctx, actors, cue, end);
        boolean aboutEvent = false;
        for (int k = v + 1; k <= Math.min(end, v + 5); k++) {
            aboutEvent |= EVENT_OBJECTS.contains(Words.lower(ts.get(k)));
        }
        Optional<ActorTable.Mention> victims = Optional.empty();
        Outcome outcome = null;
        // "denied killing civilians", "rejected accusations of abducting aid workers": the denial answers the
        // claims that those victims suffered that outcome
        for (int k = v + 1; k < end && victims.isEmpty(); k++) {
            Optional<OutcomeWord> ow = LEXICON.outcomeWord(Words.lower(ts.get(k))).filter(OutcomeWord::beforeCount);
            if (ow.isEmpty()) {
                continue;
            }
            for (int j = k + 1; j <= Math.min(end, k + 3) && victims.isEmpty(); j++) {
                victims = actors.at(cue.sentence(), j)
                        .filter(m -> !Parties.same(actors, m.key(), cue.attribution().claimant()));
            }
            outcome = victims.isPresent() ? ow.get().outcome() : null;
        }
        return new ClaimDraft(cue.sentence(), v, cue.attribution(), Stance.DENIES,
                aboutEvent ? ClaimKind.OCCURRENCE : ClaimKind.OTHER, outcome,
                victims.map(ActorTable.Mention::key).orElse(null), null, null, null, evidence, answers,
                "statement.denial");
    }

    /**
     * The party whose claims a denial answers. From the parse, the owner of what is denied ("denied Israel's
     * claim", "rejected army claims", "denied claims made by the police"), never a party inside the denied
     * words ("denied accusations of killing civilians" answers no civilians); without a parse, the first other
     * party after the verb in its clause.
     */
    private static String answered(ReportContext ctx, ActorTable actors, AttributionResolver.Cue cue, int end) {
        Sentence s = ctx.sentences().get(cue.sentence());
        String self = cue.attribution().claimant();
        if (s.isParsed()) {
            for (int obj : ReportingClause.objects(s, cue.verb())) {
                for (int owner : ReportingClause.answeredOwners(s, obj)) {
                    String key = Speakers.partyAt(ctx, actors, s, owner);
                    if (key != null && !key.equals(self)) {
                        return key;
                    }
                }
            }
            return null;
        }
        for (int k = cue.verb() + 1; k <= end; k++) {
            Optional<ActorTable.Mention> m = actors.at(cue.sentence(), k);
            if (m.isPresent() && !m.get().key().equals(self)) {
                return m.get().key();
            }
        }
        return null;
    }

    private ClaimDraft accusation(ReportContext ctx, ActorTable actors, AttributionResolver.Cue cue,
                                  List<Token> ts) {
        int v = cue.verb();
        int end = clauseEnd(ts, v);
        Span evidence = extendLeft(ctx, ts, cue, Span.of(ctx.body(), ts.get(v).start(), ts.get(end).end()));
        boolean blame = Words.lemma(ts.get(v)).equals("blame");
        boolean forAttack = false;
        for (int k = v + 1; k <= end; k++) {
            forAttack |= Set.of("attack", "attacks", "bombing", "killing", "killings", "massacre", "carrying")
                    .contains(Words.lower(ts.get(k)));
        }
        return new ClaimDraft(cue.sentence(), v, cue.attribution(), Stance.ASSERTS,
                blame && forAttack ? ClaimKind.OCCURRENCE : ClaimKind.OTHER, null, null, null, null, null, evidence,
                null, "statement.accusation");
    }

    /** "It accused", "Delhi has repeatedly denied": the speaker's words start the evidence when they are next to it. */
    private static Span extendLeft(ReportContext ctx, List<Token> ts, AttributionResolver.Cue cue, Span ev) {
        int k = cue.verb() - 1;
        while (k >= 0 && (ts.get(k).pos().equals("RB") || Set.of("has", "have", "had", "also", "further", "earlier")
                .contains(Words.lower(ts.get(k))))) {
            k--;
        }
        if (k < 0 || k < cue.verb() - 4 || Words.isPunct(ts.get(k))
                || !(ts.get(k).pos().startsWith("NN") || ts.get(k).pos().startsWith("PRP"))) {
            return ev;
        }
        int start = k;
        while (start > 0 && ts.get(start - 1).pos().startsWith("NN")) {
            start--;
        }
        if (start > 0 && Words.DETERMINERS.contains(Words.lower(ts.get(start - 1)))) {
            start--;
        }
        return Span.of(ctx.body(), ts.get(start).start(), ev.end());
    }

    private static String ownSide(ActorTable actors, String claimant) {
        ActorTable.Entry e = actors.entry(claimant);
        if (e.kind() == ActorKind.PERSON && e.side() != null) {
            return actors.resolve(e.side());
        }
        return e.key();
    }

    /** The last token of the clause that starts at {@code from}: up to a comma, semicolon or the sentence end. */
    public static int clauseEnd(List<Token> ts, int from) {
        int k = from;
        while (k + 1 < ts.size()) {
            String w = ts.get(k + 1).word();
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals(":") || w.equals("—") || w.equals("–")
                    || w.equals("-")) {
                break;
            }
            k++;
        }
        return k;
    }
}
