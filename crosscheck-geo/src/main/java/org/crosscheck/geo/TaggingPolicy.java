package org.crosscheck.geo;

/**
 * Which borderline names count as toponyms. {@link #CODEBOOK} is the project's (places only: no demonyms, no
 * names inside organisation names); {@link #GEOWEBNEWS} follows GeoWebNews' annotation, which also counts
 * demonyms and embedded names as (associative) toponyms, so the benchmark scores the tagger against the
 * corpus' own definition. Immutable.
 */
public record TaggingPolicy(boolean demonyms, boolean embedded) {
    public static final TaggingPolicy CODEBOOK = new TaggingPolicy(false, false);
    public static final TaggingPolicy GEOWEBNEWS = new TaggingPolicy(true, true);
}
