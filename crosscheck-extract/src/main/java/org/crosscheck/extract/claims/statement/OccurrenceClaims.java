package org.crosscheck.extract.claims.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.attribution.SpeakerRules;
import org.crosscheck.extract.attribution.Speakers;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Occurrence claims: who, a party says, did it. "Government aircraft bombed the clinic", "the militia carried out
 * the raid", "the market was shelled by the rebels": a violent event verb (event-words.tsv) or a verb of
 * perpetration with an event noun as its object (perpetration-verbs.txt), whose agent is a party of the report.
 * The claimant is whoever's account the verb stands in, the outlet when the report says it in its own voice. Each
 * claim keeps its agent, so that the agent's denial can answer it. Stateless.
 */
final class OccurrenceClaims {
    private static final Lexicon LEXICON = Lexicon.english();
    private static final Set<String> PERPETRATION = LEXICON.words(WordClass.PERPETRATION_VERBS);
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being");
    private static final Set<String> NEGATIONS = LEXICON.words(WordClass.NEGATIONS);

    /** An occurrence claim and the party it says did it. */
    record Blame(ClaimDraft claim, String agent) {
    }

    List<Blame> find(ReportContext ctx, ActorTable actors, Attributions attributions) {
        List<Blame> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 1; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (!t.pos().startsWith("VB") || !(violentEventVerb(t) || perpetration(ts, i)) || negated(ts, i)) {
                    continue;
                }
                boolean passive = t.pos().equals("VBN") && BE.contains(Words.lower(ts.get(auxStart(ts, i))));
                Optional<ActorTable.Mention> agent = parsedAgent(ctx, actors, attributions.speakerRules(), s, i);
                if (agent.isEmpty()) {
                    agent = passive ? agentAfter(actors, s.index(), ts, i) : subjectBefore(actors, s.index(), ts, i);
                }
                if (agent.isEmpty()) {
                    continue;
                }
                int from = passive ? subjectStart(ts, auxStart(ts, i)) : agent.get().first();
                int end = Math.max(StatementClaimExtractor.clauseEnd(ts, i), agent.get().last());
                Span evidence = Span.of(ctx.body(), ts.get(from).start(), ts.get(end).end());
                String rule = passive ? "statement.occurrence-passive-agent" : "statement.occurrence-agent";
                ClaimDraft claim = new ClaimDraft(s.index(), i, attributions.at(s.index(), i), Stance.ASSERTS,
                        ClaimKind.OCCURRENCE, null, null, null, null, null, evidence, null, rule);
                out.add(new Blame(claim, agent.get().key()));
                i = end;
            }
        }
        return out;
    }

    /**
     * From the parse, the party the verb's speaker relations name (its subject, a passive's agent: "the Tarn
     * Front, or TF, attacked", "was shelled by Zarvia"), a country or capital standing for its government.
     */
    private static Optional<ActorTable.Mention> parsedAgent(ReportContext ctx, ActorTable actors, SpeakerRules rules,
                                                            Sentence s, int verb) {
        if (!s.isParsed() || s.governorsOf(verb).stream().anyMatch(d -> d.relation().startsWith("acl"))) {
            return Optional.empty(); // "the school bombed by the air force": a modifier of a noun, not a clause
        }
        for (int head : rules.speakers(s, verb)) {
            if (Speakers.partyAt(ctx, actors, s, head) != null) {
                return Speakers.mentionAt(actors, s, head);
            }
        }
        return Optional.empty();
    }

    private static boolean violentEventVerb(Token t) {
        return LEXICON.eventVerb(Words.lower(t)).filter(w -> w.type() != EventType.PROTESTS).isPresent();
    }

    /** "carried out the raid", "launched an assault on": a verb of perpetration whose object is an event noun. */
    private static boolean perpetration(List<Token> ts, int verb) {
        if (!PERPETRATION.contains(Words.lemma(ts.get(verb)))) {
            return false;
        }
        for (int k = verb + 1; k < ts.size() && k <= verb + 5 && !Words.isPunct(ts.get(k)); k++) {
            if (LEXICON.eventNoun(Words.lower(ts.get(k))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The first auxiliary of the verb's group ("has been shelled": "has"), or the verb itself. */
    private static int auxStart(List<Token> ts, int verb) {
        int k = verb;
        while (k > 0 && (BE.contains(Words.lower(ts.get(k - 1))) || ts.get(k - 1).pos().equals("RB")
                || ts.get(k - 1).pos().equals("MD") || Set.of("has", "have", "had").contains(Words.lower(ts.get(k - 1))))) {
            k--;
        }
        return k == verb ? verb : firstBe(ts, k, verb);
    }

    private static int firstBe(List<Token> ts, int from, int verb) {
        for (int k = from; k < verb; k++) {
            if (BE.contains(Words.lower(ts.get(k)))) {
                return k;
            }
        }
        return verb;
    }

    private static boolean negated(List<Token> ts, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
            if (NEGATIONS.contains(Words.lower(ts.get(k))) || Words.lower(ts.get(k)).equals("n't")) {
                return true;
            }
        }
        return false;
    }

    /** The party right before the verb and its auxiliaries ("the army has also shelled"). */
    private static Optional<ActorTable.Mention> subjectBefore(ActorTable actors, int sentence, List<Token> ts, int verb) {
        int k = verb - 1;
        while (k >= 0 && (ts.get(k).pos().equals("RB") || ts.get(k).pos().equals("MD")
                || Set.of("has", "have", "had", "did", "does", "do").contains(Words.lower(ts.get(k))))) {
            k--;
        }
        return k < 0 ? Optional.empty() : actors.at(sentence, k);
    }

    /** The party after "by" that follows a passive verb ("was bombed by the air force", "was carried out by"). */
    private static Optional<ActorTable.Mention> agentAfter(ActorTable actors, int sentence, List<Token> ts, int verb) {
        int k = verb + 1;
        if (k < ts.size() && ts.get(k).pos().equals("RP")) {
            k++; // "carried out by"
        }
        if (k >= ts.size() || !Words.lower(ts.get(k)).equals("by")) {
            return Optional.empty();
        }
        for (int j = k + 1; j < ts.size() && j <= k + 4 && !Words.isPunct(ts.get(j)); j++) {
            Optional<ActorTable.Mention> m = actors.at(sentence, j);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** Where a passive clause's subject starts: back from its auxiliary over the noun phrase before it. */
    private static int subjectStart(List<Token> ts, int aux) {
        int k = aux;
        while (k > 0 && (ts.get(k - 1).pos().startsWith("NN") || ts.get(k - 1).pos().startsWith("JJ")
                || ts.get(k - 1).pos().equals("DT") || ts.get(k - 1).pos().equals("CD")
                || ts.get(k - 1).pos().equals("POS") || ts.get(k - 1).pos().equals("PRP$"))) {
            k--;
        }
        return k == aux ? Math.max(0, aux) : k;
    }
}
