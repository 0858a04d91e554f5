package org.crosscheck.model;

import java.util.List;
import org.crosscheck.text.AnnotatedText;

/**
 * The places stage: finds the toponyms of a report and resolves them to places. Places come back numbered
 * {@code p1}, {@code p2}… in order of first mention, spelling variants merged into one place, each with every
 * mention as a span of the text. Implementations say whether they are thread-safe.
 */
public interface Geoparser {
    List<Place> geoparse(AnnotatedText text);
}
