package org.crosscheck.extract.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.lexicon.LexiconFile;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.EventType;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * The means a generic attack word's modifier names, which types its incident: "drone attacks" and "helicopter
 * attacks" are air strikes, "a rocket attack" and "attacked the base with mortars" shelling, "grenade attacks"
 * grenades. The means are data ({@code event-means.tsv}); this class reads them from the word's compound, adjective
 * and "with"/"by" arguments in the dependency parse, or from the nouns and adjectives just before it in a sentence
 * the parser left. Immutable.
 */
final class EventMeans {
    static final String FILE = "event-means.tsv";
    /** The relations by which an attack word holds its means: "rocket attack", "aerial attacks", "with mortars". */
    private static final Set<String> RELATIONS = Set.of("compound", "amod", "nmod:with", "obl:with", "nmod:by",
            "obl:by");

    private final Map<String, EventTriggers.Trigger> byLemma;

    private EventMeans(Map<String, EventTriggers.Trigger> byLemma) {
        this.byLemma = Map.copyOf(byLemma);
    }

    static EventMeans load() {
        Map<String, EventTriggers.Trigger> out = new HashMap<>();
        for (LexiconFile.Line line : LexiconFile.read(EventMeans.class, FILE, 3)) {
            String subType = line.field(2).strip();
            EventType type;
            try {
                type = EventType.fromLabel(line.field(1).strip());
            } catch (IllegalArgumentException e) {
                throw line.problem("no ACLED type '" + line.field(1) + "'");
            }
            if (!type.subTypes().contains(subType)) {
                throw line.problem("no ACLED type '" + line.field(1) + "' with sub-type '" + subType + "'");
            }
            out.put(line.field(0).strip(), new EventTriggers.Trigger(type, subType, false, "event.means"));
        }
        return new EventMeans(out);
    }

    /** The kind of incident the means of the event word at {@code at} make, if its words name any. */
    Optional<EventTriggers.Trigger> of(Sentence s, int at) {
        List<Token> ts = s.tokens();
        if (s.isParsed()) {
            for (Dependency d : s.dependentsOf(at)) {
                if (RELATIONS.contains(d.relation())) {
                    EventTriggers.Trigger t = byLemma.get(Words.lemma(ts.get(d.dependent())));
                    if (t != null) {
                        return Optional.of(t);
                    }
                }
            }
            return Optional.empty();
        }
        // unparsed: the modifiers just before the word ("heavy rocket attacks")
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            Token t = ts.get(k);
            if (!Words.isNoun(t) && !t.pos().startsWith("JJ")) {
                break;
            }
            EventTriggers.Trigger means = byLemma.get(Words.lemma(t));
            if (means != null) {
                return Optional.of(means);
            }
        }
        return Optional.empty();
    }
}
