package org.crosscheck.extract.lexicon;

import java.util.Set;

/**
 * A lemma of {@code material-lemmas.tsv}: what it does to what it acts on, and the particles it needs to mean
 * it ("blow" only with "up", "shoot" only with "down"; empty when it needs none). A sentence holding one gets a
 * dependency parse, which the material frames read.
 */
public record MaterialLemma(String lemma, MaterialRole role, Set<String> particles) {
    public MaterialLemma {
        particles = Set.copyOf(particles);
    }
}
