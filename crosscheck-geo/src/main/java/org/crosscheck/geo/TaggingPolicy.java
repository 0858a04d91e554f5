package org.crosscheck.geo;

/**
 * Which borderline names count as toponyms, and how much of the text a toponym's span takes.
 * {@link #CODEBOOK} is the project's (places only: no demonyms, no names inside organisation names; a country
 * or capital named only as an actor, "Israel says", "working for Khartoum", is no place; a span takes its
 * division word, "Kalat district", and a facility or compass part is a place of its own, "Damascus airport",
 * "southern Israel"); {@link #GEOWEBNEWS} follows GeoWebNews' annotation, which also counts demonyms and
 * embedded names as (associative) toponyms and spans the bare name only, so the benchmark scores the tagger
 * against the corpus' own definition. Immutable.
 *
 * @param demonyms  demonyms ("Pakistani") are toponyms
 * @param embedded  place names inside organisation names are toponyms
 * @param qualified spans take their qualifiers (division word, facility, compass part) and actor-only
 *                  countries and capitals are dropped
 * @param buildings a named building or campus the NER calls an organisation ("Colorado State University",
 *                  "the Kenyatta National Hospital") is one toponym spanning its whole name, as GeoWebNews
 *                  annotates them; the codebook keeps its own sites (see {@link Sites})
 */
public record TaggingPolicy(boolean demonyms, boolean embedded, boolean qualified, boolean buildings) {
    public static final TaggingPolicy CODEBOOK = new TaggingPolicy(false, false, true, false);
    public static final TaggingPolicy GEOWEBNEWS = new TaggingPolicy(true, true, false, true);
}
