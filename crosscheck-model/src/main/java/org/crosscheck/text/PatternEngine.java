package org.crosscheck.text;

import java.util.List;

/**
 * Compiles construction rules over dependency graphs; the NLP adapter implements it (Semgrex), so that the rule
 * stages never see the NLP library. Matching needs no models: it runs on any {@link Sentence} with
 * dependencies, hand-built ones included. Thread-safe.
 */
public interface PatternEngine {
    /** An engine whose rules never match, for pipelines without one. */
    PatternEngine NONE = rules -> sentence -> List.of();

    /**
     * @throws IllegalArgumentException naming the rule, when a pattern does not compile
     */
    DependencyPatterns compile(List<PatternRule> rules);
}
