package org.crosscheck.extract.claims.casualty;

import java.util.List;
import java.util.Set;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.Outcome;
import org.crosscheck.text.Token;

/**
 * The small words casualty phrases are built of: auxiliaries and adverbs between a count and its verb ("were
 * reportedly killed"), verbs of suffering losses, and the outcome a word names. Stateless.
 */
final class CasualtyWords {
    private CasualtyWords() {
    }

    static final Set<String> AUX = Lexicon.english().words(WordClass.CASUALTY_AUX);
    static final Set<String> SUFFERING = Lexicon.english().words(WordClass.SUFFERING_VERBS);

    static boolean isOthers(Token t) {
        return Set.of("others", "more").contains(Words.lower(t));
    }

    static Outcome outcomeOf(List<Token> ts, int k) {
        return Words.OUTCOMES.get(Words.lower(ts.get(k)));
    }
}
