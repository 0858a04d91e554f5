package org.crosscheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void foldsCaseAccentsAndLigatures() {
        assertEquals("corum", NameKey.of("Çorum"));
        assertEquals("lodz", NameKey.of("Łódź"));
        assertEquals("aeroport de sao paulo", NameKey.of("Æroport de São Paulo"));
        assertEquals("strasse", NameKey.of("Straße"));
    }

    @Test
    void dropsApostrophesPossessivesAndALeadingArticle() {
        assertEquals("maarrat al numan", NameKey.of("Ma'arrat al-Nu’man"));
        assertEquals("army", NameKey.of("the Army's"));
        assertEquals("revolutionary front", NameKey.of("  The  Revolutionary Front. "));
        assertEquals("theatre", NameKey.of("Theatre"));
        assertEquals("a", NameKey.of("A"));
    }

    @Test
    void keepsOtherScriptsAndEmptiesNothing() {
        assertEquals("حلب", NameKey.of("حلب"));
        assertEquals("", NameKey.of(null));
        assertEquals("", NameKey.of(" -- "));
        assertTrue(NameKey.same("Sudan Armed Forces", "the sudan armed-forces"));
        assertFalse(NameKey.same("", ""));
    }

    @Test
    void hashesAsLowerCaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashing.sha256Hex("abc"));
    }
}
