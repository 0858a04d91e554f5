package org.crosscheck.text;

import java.util.Map;
import java.util.Objects;

/**
 * One match of a {@link PatternRule} in a sentence: the rule's id and its named nodes as token indices within
 * the sentence. Immutable.
 */
public record PatternMatch(String rule, int sentence, Map<String, Integer> nodes) {
    public PatternMatch {
        Objects.requireNonNull(rule, "rule");
        nodes = Map.copyOf(nodes);
    }

    /** The token the rule named {@code name}, or -1 when the match left that optional node out. */
    public int node(String name) {
        return nodes.getOrDefault(name, -1);
    }

    public boolean has(String name) {
        return nodes.containsKey(name);
    }
}
