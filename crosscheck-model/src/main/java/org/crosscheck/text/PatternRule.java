package org.crosscheck.text;

import java.util.Objects;

/**
 * A construction rule over dependency graphs: a stable id, which claims and events quote to say what produced
 * them, and its pattern in the {@link PatternEngine}'s language. Immutable.
 */
public record PatternRule(String id, String pattern) {
    public PatternRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pattern, "pattern");
        if (id.isBlank() || pattern.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id and a pattern: [" + id + "]");
        }
    }
}
