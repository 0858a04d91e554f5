package org.crosscheck.geo;

import java.util.List;
import java.util.Set;
import org.crosscheck.text.AnnotatedText;

/**
 * What the geotagging stage hands the resolver: the text, its toponyms in text order, and the countries the
 * text points to without naming them as places (demonyms such as "Pakistani", names inside organisations).
 * Immutable.
 */
public record TaggedText(AnnotatedText text, List<Toponym> toponyms, Set<String> contextCountries) {
    public TaggedText {
        toponyms = List.copyOf(toponyms);
        contextCountries = Set.copyOf(contextCountries);
    }
}
