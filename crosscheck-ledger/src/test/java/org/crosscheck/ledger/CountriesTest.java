package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountriesTest {
    @Test
    void everyIsoCodeHasARowWithItsCodes() {
        for (String iso2 : Locale.getISOCountries()) {
            Countries.Country c = Countries.of(iso2);
            assertNotNull(c, iso2);
            assertEquals(iso2, c.iso2());
            assertTrue(c.iso3().matches("[A-Z]{3}"), iso2);
        }
        Countries.Country niger = Countries.of(" ne ");
        assertEquals("NER", niger.iso3());
        assertEquals(562, niger.isoNumeric());
        assertEquals("Western Africa", niger.acledRegion());
        assertEquals("Africa", niger.ucdpRegion());
        assertNull(Countries.of("QQ"));
        assertNull(Countries.of(null));
    }

    @Test
    void aCountryIsFoundByEitherCodeItsNameOrAnotherCommonName() {
        assertEquals(Optional.of("MM"), Countries.iso2("MM"));
        assertEquals(Optional.of("MM"), Countries.iso2("mmr"));
        assertEquals(Optional.of("MM"), Countries.iso2("Myanmar"));
        assertEquals(Optional.of("MM"), Countries.iso2("Burma"));
        assertEquals(Optional.of("CI"), Countries.iso2("Côte d’Ivoire"));
        assertEquals(Optional.of("CI"), Countries.iso2("ivory coast"));
        assertEquals(Optional.of("XK"), Countries.iso2("Kosovo"));
        assertEquals(Optional.empty(), Countries.iso2("Atlantis"));
        assertEquals(Optional.empty(), Countries.iso2(""));
        assertEquals(Optional.empty(), Countries.iso2(null));
    }

    @Test
    void namesComeFromTheTableThenTheJdk() {
        assertEquals("Niger", Countries.name("NE"));
        assertEquals("Kosovo", Countries.name("XK"));
        assertEquals("QQ", Countries.name("QQ"));
        assertNull(Countries.name(null));
    }
}
