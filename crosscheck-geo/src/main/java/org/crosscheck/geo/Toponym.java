package org.crosscheck.geo;

import java.util.Set;

/**
 * A place name found in a text: its span (UTF-16 offsets, end exclusive), the text, how it was found and what
 * its surroundings say ({@link Cue}), and the start offset of the toponym the text places it in ("across Kalat,
 * including Mongchar": Mongchar's {@code enclosingStart} is Kalat's start), or -1. Immutable.
 */
public record Toponym(int start, int end, String text, Set<Cue> cues, int enclosingStart) {
    public Toponym {
        if (end - start != text.length()) {
            throw new IllegalArgumentException("toponym text does not fit its span: " + text);
        }
        cues = Set.copyOf(cues);
    }

    public boolean has(Cue cue) {
        return cues.contains(cue);
    }

    /** Why a span is a toponym, and what its context says about the place. */
    public enum Cue {
        /** Labelled LOCATION by the NER stage. */
        NER,
        /** A capitalised name the gazetteer knows, in a locative context. */
        GAZETTEER,
        /** A capitalised name standing where places stand ("in X", "near X") that the gazetteer lacks. */
        LOCATIVE,
        /** A member of a list of places ("Mongchar, Khazeena, Johan and Kuhak"). */
        LIST,
        /** The dateline ("QUETTA:"). */
        DATELINE,
        /** A demonym ("Pakistani"), kept only when the tagging policy counts them. */
        DEMONYM,
        /** A place name inside an organisation's name, kept only when the tagging policy counts them. */
        EMBEDDED,
        /** Followed by a division word: "Kalat district", "Idlib province". */
        DIVISION,
        /** Preceded by "near", "outside", "close to": the place is a reference point. */
        NEAR
    }
}
