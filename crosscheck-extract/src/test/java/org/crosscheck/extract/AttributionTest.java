package org.crosscheck.extract;

import static org.crosscheck.extract.Reports.assertSpan;
import static org.crosscheck.extract.Reports.casualties;
import static org.crosscheck.extract.Reports.extract;
import static org.crosscheck.extract.Reports.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.model.Actor;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Who claims what, through the whole pipeline: the cues of {@code AttributionResolver}, spokespeople, and accounts
 * carried over. Sentences written for these tests.
 */
class AttributionTest {
    @Test
    void aClosingSourceOwnsTheSentenceBeforeIt() {
        String body = "Some 30 people were killed when shells hit a clinic, according to Marta Olsen, UNICEF's "
                + "director of field operations.";
        Extraction x = extract(body);
        // codebook, Officials: an official speaking for an institution makes it the claimant, via the official
        assertEquals(List.of("UNICEF: killed people 30..30"), casualties(x));
        assertEquals("Marta Olsen", Reports.actor(x, x.claims().get(0).via()).name(),
                "the director speaks for the organisation whose post he holds");
    }

    @Test
    void aSpokespersonSpeaksForTheGroup() {
        String body = "Tarn Liberation Army (TLA) spokesperson Rostam Karimi said 5 soldiers were killed.";
        Extraction x = extract(body);
        Claim c = x.claims().get(0);
        Actor group = Reports.actor(x, c.claimant());
        assertEquals("Tarn Liberation Army", group.name());
        assertTrue(group.aliases().contains("TLA"), group.aliases().toString());
        assertNotNull(c.via());
        assertEquals("Rostam Karimi", Reports.actor(x, c.via()).name());
        assertEquals(group.id(), Reports.actor(x, c.via()).speaksFor());
    }

    @Test
    void twoAccountsInOneSentence() {
        String body = "In a challenge to the Interior Ministry's statements, which claimed that the TLA suffered "
                + "casualties, the group denied any losses.";
        Extraction x = extract(body);
        assertEquals(List.of("Interior Ministry: harmed tla vague", "TLA denies: harmed tla 0..0"),
                casualties(x).stream().map(s -> s.replace("Tarn Liberation Army", "TLA")).toList());
        Claim denial = x.claims().stream().filter(c -> c.stance().toString().equals("denies")).findFirst()
                .orElseThrow();
        assertEquals(1, denial.refutes().size(), "the denial answers the ministry's claim");
        assertSpan(body, "the group denied any losses", denial.evidence().get(0));
    }

    @Test
    void aStatementCarriesAcrossParagraphsButAnUnrelatedParagraphIsTheOutlets() {
        String body = "According to a statement released by the Tarn Front, the raid began at dawn.\n\n"
                + "The raid led to the deaths of at least 9 soldiers.\n\n"
                + "Separately, the army said 3 militants were killed in the south.";
        assertEquals(List.of("Tarn Front: killed soldiers 9..null", "army: killed militants 3..3"),
                casualties(extract(body)));
        String other = "Police said 2 people were killed in the market.\n\nLater, 40 people were killed in a "
                + "second blast in the north.";
        assertEquals(List.of("Police: killed people 2..2", "outlet: killed people 40..40"),
                casualties(extract(other)));
    }

    @Test
    void anAccountGoesOnInASentenceThatSaysSo() {
        String body = "Eleven guards were killed during a raid, military sources reported from Tarvo.\n\n"
                + "Another 6 guards were wounded in the same raid.";
        assertEquals(List.of("military sources: killed guards 11..11",
                "military sources: wounded guards 6..6"), casualties(extract(body)));
    }

    @Test
    void anActorsCountryComesFromTheCountryItsNameCarries() {
        String body = "In India, the Indian military said 12 rebels were killed. Its spokesman Rohan Mehta "
                + "said 3 soldiers died.";
        Extraction x = extract(body);
        Actor military = x.actors().stream().filter(a -> a.name().equals("Indian military")).findFirst()
                .orElseThrow();
        assertEquals("IN", military.country());
        Actor rebels = x.actors().stream().filter(a -> a.name().equals("rebels")).findFirst().orElseThrow();
        assertEquals(null, rebels.country(), "nothing in the report says whose rebels they are");
    }

    @Test
    void aCapitalSpeaksForItsGovernment() {
        String body = "The army accused Chile of supporting the rebels. Santiago has repeatedly denied such "
                + "accusations.";
        Extraction x = extract(body);
        Claim denial = x.claims().stream().filter(c -> c.stance().toString().equals("denies")).findFirst()
                .orElseThrow();
        assertEquals("Santiago", Reports.actor(x, denial.claimant()).name());
        assertEquals(1, denial.refutes().size());
        Claim accusation = x.claims().stream().filter(c -> c.id().equals(denial.refutes().get(0))).findFirst()
                .orElseThrow();
        assertEquals("army", Reports.actor(x, accusation.claimant()).name());
    }
}
