package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The alternate names a division gets beside its own: without its division word, without an Arabic article. */
class DivisionRecordsTest {
    @Test
    void aLeadingArabicArticleGivesTheNameNewsWrites() {
        assertEquals(Optional.of("Muthanna"), DivisionRecords.withoutArticle("Al Muthanna"));
        assertEquals(Optional.of("Bayda"), DivisionRecords.withoutArticle("Al-Bayda"));
        assertEquals(Optional.of("Dakhiliyah"), DivisionRecords.withoutArticle("Ad Dakhiliyah"));
        // No article, a name left too short, a Spanish article, an article inside the name: nothing.
        assertEquals(Optional.empty(), DivisionRecords.withoutArticle("Alberta"));
        assertEquals(Optional.empty(), DivisionRecords.withoutArticle("As Ba"));
        assertEquals(Optional.empty(), DivisionRecords.withoutArticle("El Oro"));
        assertEquals(Optional.empty(), DivisionRecords.withoutArticle("Deir ez-Zor"));
    }

    @Test
    void theDivisionWordComesOffFirst() {
        assertEquals(Optional.of("Al Wusta"), DivisionRecords.bare("Al Wusta Governorate"));
        assertEquals(Optional.of("Wusta"),
                DivisionRecords.bare("Al Wusta Governorate").flatMap(DivisionRecords::withoutArticle));
    }
}
