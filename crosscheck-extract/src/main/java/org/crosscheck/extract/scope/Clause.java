package org.crosscheck.extract.scope;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Set;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * The tokens a scope cue must stand in to bear on a word: in a parsed sentence, the clause of the word's predicate
 * (its dependency subtree, without the verbs conjoined to it or set beside it, which tell figures of their own)
 * and the adverbials of the clauses that report it ("Since May, the army has said it killed 300": "since" scopes
 * "killed"); in an unparsed sentence, the whole sentence. Stateless.
 */
public final class Clause {
    /** Relations whose dependent starts a clause of its own. */
    private static final Set<String> OWN_CLAUSE = Set.of("conj", "parataxis", "list");
    /** Relations by which a reporting clause holds the clause it reports. */
    private static final Set<String> REPORTED = Set.of("ccomp", "xcomp");
    /** Relations of adverbials a reporting clause lends the clause it reports. */
    private static final Set<String> ADVERBIAL = Set.of("obl", "advmod", "advcl", "nmod:tmod", "obl:tmod");

    private Clause() {
    }

    /** The token indices of the clause of token {@code at}. */
    public static BitSet of(Sentence s, int at) {
        BitSet out = new BitSet();
        if (!s.isParsed()) {
            out.set(0, s.tokens().size());
            return out;
        }
        int head = predicate(s, at);
        subtree(s, head, out);
        // the adverbials of the reporting clauses above
        int cur = head;
        for (int depth = 0; depth < 3; depth++) {
            Dependency up = s.governorsOf(cur).stream().filter(d -> REPORTED.contains(base(d.relation())))
                    .findFirst().orElse(null);
            if (up == null || up.governor() < 0) {
                break;
            }
            cur = up.governor();
            for (Dependency d : s.dependentsOf(cur)) {
                if (ADVERBIAL.contains(base(d.relation())) || ADVERBIAL.contains(d.relation())) {
                    if (!REPORTED.contains(base(d.relation()))) {
                        subtree(s, d.dependent(), out);
                    }
                }
            }
        }
        return out;
    }

    /** The verb or predicate adjective that heads the clause of {@code at} (the word itself when none is near). */
    static int predicate(Sentence s, int at) {
        int cur = at;
        for (int step = 0; step < 6; step++) {
            Token t = s.tokens().get(cur);
            if (t.pos().startsWith("VB") || (cur != at && t.pos().startsWith("JJ") && headsClause(s, cur))) {
                return cur;
            }
            Dependency up = s.governorsOf(cur).stream().filter(d -> d.governor() >= 0
                    && !OWN_CLAUSE.contains(base(d.relation()))).findFirst()
                    .orElse(s.governorsOf(cur).stream().filter(d -> d.governor() >= 0).findFirst().orElse(null));
            if (up == null) {
                return cur;
            }
            cur = up.governor();
        }
        return cur;
    }

    /** "people dead" after "left", "were dead": an adjective with a subject or set as a clause of its own. */
    private static boolean headsClause(Sentence s, int i) {
        return s.dependentsOf(i).stream().anyMatch(d -> d.relation().startsWith("nsubj"))
                || s.governorsOf(i).stream().anyMatch(d -> d.governor() < 0
                        || Set.of("xcomp", "ccomp", "advcl", "root").contains(base(d.relation())));
    }

    private static void subtree(Sentence s, int root, BitSet out) {
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (out.get(i)) {
                continue;
            }
            out.set(i);
            for (Dependency d : s.dependentsOf(i)) {
                String pos = s.tokens().get(d.dependent()).pos();
                // "…, pushing the toll above 300 since May": a participle clause tells a figure of its own
                boolean ownClause = OWN_CLAUSE.contains(base(d.relation())) && pos.startsWith("VB")
                        || Set.of("advcl", "xcomp", "dep").contains(d.relation()) && pos.equals("VBG");
                if (!ownClause && !out.get(d.dependent()) && d.dependent() != root) {
                    todo.push(d.dependent());
                }
            }
        }
    }

    /** "obl:since" → "obl": the relation without its enhanced++ case marker. */
    static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 || relation.equals("nmod:tmod") || relation.equals("obl:tmod") ? relation
                : relation.substring(0, colon);
    }
}
