package org.crosscheck.ledger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OutletNameTest {
    @Test
    void aCataloguersNotesAreNotPartOfTheName() {
        assertEquals("Daily Record", OutletName.of("Daily Record (text as republished by a blog)"));
        assertEquals("Agence X", OutletName.of("Agence X (Lima), wire translation"));
        assertEquals("City Radio", OutletName.of("probably City Radio (style evidence)"));
        assertEquals("Northern Star", OutletName.of("  Northern Star "));
    }

    @Test
    void aHedgeIsAWholeWord() {
        assertEquals("Likelyville Courier", OutletName.of("Likelyville Courier"));
        assertEquals("Unknown Pleasures Radio", OutletName.of("Unknown Pleasures Radio"));
    }

    @Test
    void withoutANameTheVoiceIsTheReports() {
        assertEquals("the report", OutletName.of(null));
        assertEquals("the report", OutletName.of("unknown (regional outlet; mentions a local station)"));
        assertEquals("the report", OutletName.of("(no outlet)"));
    }

    static List<OutletName.Note> notes() {
        return OutletName.notes();
    }

    @ParameterizedTest
    @MethodSource("notes")
    void everyNoteWordHasItsExample(OutletName.Note note) {
        assertTrue(note.example().toLowerCase(Locale.ROOT).contains(note.word()), note::toString);
        assertEquals(note.shown(), OutletName.of(note.example()));
    }

    @Test
    void theNotesFileHasBothKinds() {
        assertFalse(notes().stream().noneMatch(n -> n.kind().equals("hedge")));
        assertFalse(notes().stream().noneMatch(n -> n.kind().equals("unnamed")));
    }
}
