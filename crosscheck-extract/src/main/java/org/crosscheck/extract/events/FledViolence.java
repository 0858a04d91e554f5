package org.crosscheck.extract.events;

import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.lexicon.LexiconFile;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.Sentence;

/**
 * Violence people flee is not an incident the report tells: "thousands who fled the fighting", "families sought
 * refuge from the shelling", "escaping the clashes". An event word that a verb or noun of fleeing
 * ({@code flight-words.txt}) takes as its object or "from" complement, in the dependency parse, makes no event.
 * Immutable.
 */
final class FledViolence {
    static final String FILE = "flight-words.txt";
    private static final Set<String> HOLDS = Set.of("obj", "nmod:from", "obl:from");

    private final Set<String> flight;

    private FledViolence(Set<String> flight) {
        this.flight = flight;
    }

    static FledViolence load() {
        return new FledViolence(LexiconFile.read(FledViolence.class, FILE, 1).stream().map(l -> l.field(0).strip())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the event word at {@code at} names violence fled: held by a word of fleeing, or by a verb taking one. */
    boolean fled(Sentence s, int at) {
        if (!s.isParsed()) {
            return fledBefore(s, at);
        }
        for (Dependency d : s.governorsOf(at)) {
            if (d.governor() < 0 || !HOLDS.contains(d.relation())) {
                continue;
            }
            if (flees(s, d.governor())) {
                return true;
            }
            // "sought refuge from the fighting": the complement hangs on the verb whose object is the refuge
            if (!d.relation().equals("obj") && s.dependentsOf(d.governor()).stream()
                    .anyMatch(o -> o.relation().equals("obj") && flees(s, o.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Unparsed: "fled (the) (heavy) fighting", "refuge from the shelling": the words just before the event word. */
    private boolean fledBefore(Sentence s, int at) {
        int k = at - 1;
        while (k >= 0 && (s.tokens().get(k).pos().startsWith("DT") || s.tokens().get(k).pos().startsWith("JJ"))) {
            k--;
        }
        if (k >= 1 && Words.lower(s.tokens().get(k)).equals("from")) {
            k--;
        }
        return k >= 0 && flees(s, k);
    }

    private boolean flees(Sentence s, int i) {
        return flight.contains(Words.lemma(s.tokens().get(i)));
    }
}
