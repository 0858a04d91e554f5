package org.crosscheck.geo;

import java.util.List;

/**
 * The second geoparsing stage: resolves each toponym of a tagged text to a gazetteer entry or to the
 * division the text places it in. Returns one {@link Resolution} per toponym, in the same order.
 * Implementations say whether they are thread-safe.
 */
public interface PlaceResolver {
    List<Resolution> resolve(TaggedText text);
}
