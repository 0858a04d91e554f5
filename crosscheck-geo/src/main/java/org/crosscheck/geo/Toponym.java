package org.crosscheck.geo;

import java.util.Set;

/**
 * A place name found in a text: its span (UTF-16 offsets, end exclusive), the text, how it was found and what
 * its surroundings say ({@link Cue}), the start offset of the toponym the text places it in ("across Kalat,
 * including Mongchar": Mongchar's {@code enclosingStart} is Kalat's start), or -1, and the name to look up:
 * the text itself, or the name inside a qualified span ("Kalat" in "Kalat district", "Israel" in "southern
 * Israel", "Damascus" in "Damascus' airport"). Immutable.
 */
public record Toponym(int start, int end, String text, Set<Cue> cues, int enclosingStart, String name) {
    public Toponym {
        if (end - start != text.length()) {
            throw new IllegalArgumentException("toponym text does not fit its span: " + text);
        }
        cues = Set.copyOf(cues);
        if (name == null || name.isEmpty()) {
            name = text;
        }
        if (!text.contains(name)) {
            throw new IllegalArgumentException("toponym name " + name + " is not inside " + text);
        }
    }

    /** A toponym whose name is its whole text. */
    public Toponym(int start, int end, String text, Set<Cue> cues, int enclosingStart) {
        this(start, end, text, cues, enclosingStart, text);
    }

    /** The same toponym inside another place ({@code enclosingStart}). */
    public Toponym within(int enclosing) {
        return new Toponym(start, end, text, cues, enclosing, name);
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
        /** Another mention of a name the text tags as a place elsewhere ("Vaphai village"... "in Vaphai"). */
        ECHO,
        /** The dateline ("QUETTA:"). */
        DATELINE,
        /** A demonym ("Pakistani"), kept only when the tagging policy counts them. */
        DEMONYM,
        /** A place name inside an organisation's name, kept only when the tagging policy counts them. */
        EMBEDDED,
        /** Followed by a division word: "Kalat district", "Idlib province". */
        DIVISION,
        /** Preceded by "near", "outside", "close to": the place is a reference point. */
        NEAR,
        /** A facility named by its town ("Damascus airport"): the town at precision 2, a place of its own. */
        FACILITY,
        /** A compass part of a country or province ("southern Israel"): a region of its own, precision 3. */
        PART,
        /** A named site ("the Asma primary school"): a place of its own inside its town, never in the gazetteer. */
        SITE
    }
}
