package org.crosscheck.geo;

import org.crosscheck.text.AnnotatedText;

/** The first geoparsing stage: finds the toponyms of an annotated text. Implementations say if thread-safe. */
public interface Geotagger {
    TaggedText tag(AnnotatedText text);
}
