package org.crosscheck.extract;

import static org.crosscheck.extract.Reports.assertSpan;
import static org.crosscheck.extract.Reports.casualties;
import static org.crosscheck.extract.Reports.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Extraction;
import org.junit.jupiter.api.Test;

/** Casualty claims: each construction of {@link CasualtyExtractor} on a sentence written for it. */
class CasualtyExtractionTest {
    @Test
    void passiveCountWithQualifierAndItsEvidence() {
        String body = "The army said at least 25 militants were killed in the clashes near Wajir.";
        Extraction x = extract(body);
        assertEquals(List.of("army: killed militants 25..null"), casualties(x));
        Claim c = x.claims().get(0);
        assertSpan(body, "at least 25 militants were killed", c.evidence().get(0));
        assertSpan(body, "said", c.cue());
        assertEquals("at least 25 militants", c.casualties().count().text());
    }

    @Test
    void coordinatedCountsShareTheirVerb() {
        String body = "Officials said 11 soldiers and 14 civilians were also killed on Thursday.";
        assertEquals(List.of("Officials: killed soldiers 11..11", "Officials: killed civilians 14..14"),
                casualties(extract(body)));
    }

    @Test
    void verbBeforeTheCountAndNumberWords() {
        String body = "Insurgents raided a garrison on Friday, killing twenty-two soldiers and wounding more than "
                + "2,000 people.";
        Extraction x = extract(body);
        assertEquals(List.of("outlet: killed soldiers 22..22", "outlet: wounded people 2001..null"),
                casualties(x));
        // the first casualty claim: "Insurgents raided a garrison" is also an occurrence claim of the outlet
        assertSpan(body, "killing twenty-two soldiers", x.claims().stream().filter(c -> c.casualties() != null)
                .findFirst().orElseThrow().evidence().get(0));
    }

    @Test
    void outcomeNounsAndOthers() {
        String body = "District commissioner Omar Fadul said at least 9 people had been killed and 14 wounded. "
                + "Three deaths were reported in the east.";
        assertEquals(List.of("Omar Fadul: killed people 9..null", "Omar Fadul: wounded people 14..14",
                "outlet: killed people 3..3"), casualties(extract(body)));
    }

    @Test
    void aBareCountTakesTheSufferersOrTheNounBeforeIt() {
        List<String> claims = casualties(extract("The rebels said the army suffered two dead and three wounded "
                + "near Gulu."));
        assertTrue(claims.contains("rebels: killed army 2..2"), claims.toString());
        assertTrue(claims.contains("rebels: wounded army 3..3"), claims.toString());
        List<String> elided = casualties(extract("More than 60 soldiers have been killed since June, and around 300 "
                + "have been wounded."));
        assertTrue(elided.contains("outlet: wounded soldiers 300..300"), elided.toString());
    }

    @Test
    void casualtiesInflictedOnAParty() {
        String body = "The rebels said they inflicted 40 casualties on the army.";
        assertTrue(casualties(extract(body)).contains("rebels: harmed army 40..40"),
                casualties(extract(body)).toString());
    }

    @Test
    void breakdownAfterIncluding() {
        String body = "The general staff said: \"We mourn nine dead, including five soldiers and four gendarmes.\"";
        List<String> claims = casualties(extract(body));
        assertTrue(claims.contains("general staff: killed soldiers 5..5"), claims.toString());
        assertTrue(claims.contains("general staff: killed gendarmes 4..4"), claims.toString());
    }

    @Test
    void zeroClaimsAboutTheSpeakerAndAboutOthers() {
        String body = "The Tarn Front said its fighters overran the post while suffering no losses themselves. "
                + "The group said no civilians were harmed. No-one was injured in the second attack, police said.";
        Extraction x = extract(body);
        List<String> claims = casualties(x);
        assertEquals("Tarn Front: killed tarn front 0..0", claims.get(0));
        assertEquals("Tarn Front: harmed civilians 0..0", claims.get(1));
        assertEquals("police: wounded people 0..0", claims.get(2));
        assertSpan(body, "while suffering no losses themselves", x.claims().stream()
                .filter(c -> c.casualties() != null).findFirst().orElseThrow().evidence().get(0));
    }

    @Test
    void aRepeatedFigureIsOneClaimWithTwoSpans() {
        String body = "The Tarn Front said at least 25 soldiers were killed. The group said the raid led to the "
                + "deaths of at least 25 soldiers.";
        Extraction x = extract(body);
        List<Claim> killed = x.claims().stream().filter(c -> c.casualties() != null).toList();
        assertEquals(1, killed.size(), casualties(x).toString());
        assertEquals(2, killed.get(0).evidence().size());
        assertSpan(body, "at least 25 soldiers were killed", killed.get(0).evidence().get(0));
    }

    @Test
    void partsOfACountShareItsOutcomeAndVictims() {
        String body = "The Red Crescent said 42 people were injured, six of them critically. Nine staff were injured, "
                + "two seriously, along with four patients.";
        assertEquals(List.of("Red Crescent: wounded people 42..42", "Red Crescent: wounded people 6..6",
                "Red Crescent: wounded staff 9..9", "Red Crescent: wounded staff 2..2",
                "Red Crescent: wounded patients 4..4"),
                casualties(extract(body)));
    }

    @Test
    void aQuantityIsReadOnce() {
        String body = "An officer said there were at least a dozen casualties at the checkpoint.";
        assertEquals(List.of("officer: harmed people 12..null"), casualties(extract(body)));
    }

    @Test
    void aNamedPersonKilledIsOneDeath() {
        String body = "The Tarn Front said Karim Haddad was killed in a large explosion near the port.";
        assertEquals(List.of("Tarn Front: killed karim haddad 1..1"), casualties(extract(body)));
    }

    @Test
    void countsOfThingsAreNotCasualties() {
        String body = "Militants attacked 14 villages and destroyed three armoured trucks over six hours.";
        assertEquals(List.of(), casualties(extract(body)));
    }

    @Test
    void vagueHarmWithItsVictims() {
        String body = "The Tarn Front claims to have inflicted heavy losses on the Kenyan military.";
        assertEquals(List.of("Tarn Front: harmed kenyan military vague"), casualties(extract(body)));
    }
}
