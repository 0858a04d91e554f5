package org.crosscheck.extract.claims.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * A party's word that no fighters were where the report says they were: "there were no rebels in the clinic",
 * "no soldiers were inside the mosque", "the school was not used by any gunmen". Said in a party's account, it
 * denies the presence another party alleges (codebook "Denials"). The combatants are plural people nouns of
 * an armed kind (people-nouns.tsv). Stateless.
 */
final class NoCombatants {
    private static final Set<String> NEGATIONS = Lexicon.english().words(WordClass.NEGATIONS);
    private static final Set<String> PLACE_WORDS = Set.of("in", "inside", "at", "on", "within", "present");

    /** The combatant noun denied and the words of the denial. */
    record Match(int noun, Span evidence) {
    }

    private NoCombatants() {
    }

    static Optional<Match> find(ReportContext ctx, Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i + 1 < ts.size(); i++) {
            String w = Words.lower(ts.get(i));
            if (!w.equals("no") && !w.equals("any")) {
                continue;
            }
            int n = i + 1;
            while (n + 1 < ts.size() && ts.get(n).pos().startsWith("JJ")) {
                n++;
            }
            if (!combatants(ts.get(n))) {
                continue;
            }
            int from = -1;
            if (w.equals("no") && i >= 2 && Words.lower(ts.get(i - 2)).equals("there")
                    && Words.lemma(ts.get(i - 1)).equals("be")) {
                from = i - 2; // "there were no rebels"
            } else if (w.equals("no") && n + 2 < ts.size() && Words.lemma(ts.get(n + 1)).equals("be")
                    && PLACE_WORDS.contains(Words.lower(ts.get(n + 2)))) {
                from = i; // "no soldiers were inside"
            } else if (w.equals("any") && i >= 1 && Words.lower(ts.get(i - 1)).equals("by")) {
                for (int k = i - 2; k >= 0 && k >= i - 6 && from < 0; k--) {
                    if (NEGATIONS.contains(Words.lower(ts.get(k))) || Words.lower(ts.get(k)).equals("n't")) {
                        from = k; // "was not used by any gunmen"
                    }
                }
            }
            if (from >= 0) {
                int end = Math.max(n, StatementClaimExtractor.clauseEnd(ts, n));
                return Optional.of(new Match(n, Span.of(ctx.body(), ts.get(from).start(), ts.get(end).end())));
            }
        }
        return Optional.empty();
    }

    private static boolean combatants(Token t) {
        ActorKind k = Words.PEOPLE_NOUNS.get(Words.lower(t));
        return t.pos().equals("NNS") && (k == ActorKind.ARMED_GROUP || k == ActorKind.STATE_FORCES);
    }
}
