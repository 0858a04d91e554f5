package org.crosscheck.text;

import java.util.List;

/** A set of compiled {@link PatternRule}s. Thread-safe. */
public interface DependencyPatterns {
    /**
     * Every match of every rule in {@code sentence}: rules in their order, each rule's matches in the order of
     * its first node, one match per distinct set of named nodes. Empty for an unparsed sentence.
     */
    List<PatternMatch> match(Sentence sentence);
}
