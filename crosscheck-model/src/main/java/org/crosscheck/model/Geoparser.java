package org.crosscheck.model;

import java.util.List;
import java.util.Map;
import org.crosscheck.text.AnnotatedText;

/**
 * The places stage: finds the toponyms of a report and resolves them to places. Places come back numbered
 * {@code p1}, {@code p2}… in order of first mention, spelling variants merged into one place, each with every
 * mention as a span of the text. Implementations say whether they are thread-safe.
 */
public interface Geoparser {
    List<Place> geoparse(AnnotatedText text);

    /**
     * The mentions of {@code places} (spans of {@code text}) that name a place without saying where something is or
     * happened, with what they do instead; a mention not in the map places what its sentence tells. An event's
     * place is never taken from a mention in the map. The default knows of none.
     */
    default Map<Span, MentionRole> roles(AnnotatedText text, List<Place> places) {
        return Map.of();
    }
}
