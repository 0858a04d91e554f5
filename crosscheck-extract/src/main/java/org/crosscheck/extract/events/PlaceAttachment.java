package org.crosscheck.extract.events;

import java.util.BitSet;
import java.util.List;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.scope.Clause;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * The place mentions that stand in the clause of an event word, read from the dependency parse: "rebels shelled
 * a market in Kalehe as officials met in Goma" places the shelling in Kalehe, not Goma, which belongs to a clause
 * of its own. An unparsed sentence is one clause. Stateless.
 */
final class PlaceAttachment {
    private PlaceAttachment() {
    }

    /** The mentions of {@code here} inside the clause of token {@code at}; empty when the sentence is not parsed. */
    static List<ReportContext.PlaceMention> attached(Sentence s, int at, List<ReportContext.PlaceMention> here) {
        if (!s.isParsed() || here.isEmpty()) {
            return List.of();
        }
        BitSet clause = Clause.of(s, at);
        return here.stream().filter(p -> inClause(s.tokens(), clause, p)).toList();
    }

    private static boolean inClause(List<Token> ts, BitSet clause, ReportContext.PlaceMention p) {
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).start() >= p.start() && ts.get(k).end() <= p.end() && clause.get(k)) {
                return true;
            }
        }
        return false;
    }
}
