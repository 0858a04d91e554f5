package org.crosscheck.ledger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutletNameTest {
    @Test
    void aCataloguersNotesAreNotPartOfTheName() {
        assertEquals("Daily Record", OutletName.of("Daily Record (text as republished by a blog)"));
        assertEquals("Agence X", OutletName.of("Agence X (Lima), wire translation"));
        assertEquals("City Radio", OutletName.of("probably City Radio (style evidence)"));
        assertEquals("Northern Star", OutletName.of("  Northern Star "));
    }

    @Test
    void withoutANameTheVoiceIsTheReports() {
        assertEquals("the report", OutletName.of(null));
        assertEquals("the report", OutletName.of("unknown (regional outlet; mentions a local station)"));
        assertEquals("the report", OutletName.of("(no outlet)"));
    }
}
