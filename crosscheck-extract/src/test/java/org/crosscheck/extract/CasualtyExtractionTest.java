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
        String body = "The army said at least 25 militants were killed in the clashes near Tarnak.";
        Extraction x = extract(body);
        assertEquals(List.of("army: killed militants 25..null"), casualties(x));
        Claim c = x.claims().get(0);
        assertSpan(body, "at least 25 militants were killed", c.evidence().get(0));
        assertSpan(body, "said", c.cue());
        assertEquals("at least 25 militants", c.casualties().count().text());
    }

    @Test
    void coordinatedCountsShareTheirVerb() {
        String body = "Officials said 15 soldiers and 18 civilians were also killed on Saturday.";
        assertEquals(List.of("Officials: killed soldiers 15..15", "Officials: killed civilians 18..18"),
                casualties(extract(body)));
    }

    @Test
    void verbBeforeTheCountAndNumberWords() {
        String body = "Rebels ambushed a convoy on Monday, killing twenty-five soldiers and wounding more than "
                + "3,000 people.";
        Extraction x = extract(body);
        assertEquals(List.of("outlet: killed soldiers 25..25", "outlet: wounded people 3001..null"),
                casualties(x));
        // the first casualty claim: "Rebels ambushed a convoy" is also an occurrence claim of the outlet
        assertSpan(body, "killing twenty-five soldiers", x.claims().stream().filter(c -> c.casualties() != null)
                .findFirst().orElseThrow().evidence().get(0));
    }

    @Test
    void outcomeNounsAndOthers() {
        String body = "Local official Miabek Lang said at least 12 people had been killed and 20 wounded. "
                + "Four deaths were reported in the north.";
        assertEquals(List.of("Miabek Lang: killed people 12..null", "Miabek Lang: wounded people 20..20",
                "outlet: killed people 4..4"), casualties(extract(body)));
    }

    @Test
    void breakdownAfterIncluding() {
        String body = "The general staff said: \"We deplore seven dead, including four soldiers and three gendarmes.\"";
        List<String> claims = casualties(extract(body));
        assertTrue(claims.contains("general staff: killed soldiers 4..4"), claims.toString());
        assertTrue(claims.contains("general staff: killed gendarmes 3..3"), claims.toString());
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
        String body = "UNRWA said 55 people were injured, five of them critically. Seven staff were injured, three "
                + "seriously, along with three patients.";
        assertEquals(List.of("UNRWA: wounded people 55..55", "UNRWA: wounded people 5..5",
                "UNRWA: wounded staff 7..7", "UNRWA: wounded staff 3..3", "UNRWA: wounded patients 3..3"),
                casualties(extract(body)));
    }

    @Test
    void aQuantityIsReadOnce() {
        String body = "An officer said there were at least a dozen casualties among the recruits.";
        assertEquals(List.of("officer: harmed people 12..null"), casualties(extract(body)));
    }

    @Test
    void aNamedPersonKilledIsOneDeath() {
        String body = "Hezbollah said Mustafa Badreddine was killed in a big explosion near the airport.";
        assertEquals(List.of("Hezbollah: killed mustafa badreddine 1..1"), casualties(extract(body)));
    }

    @Test
    void countsOfThingsAreNotCasualties() {
        String body = "Militants attacked 12 cities and destroyed two armoured tanks over nine hours.";
        assertEquals(List.of(), casualties(extract(body)));
    }

    @Test
    void vagueHarmWithItsVictims() {
        String body = "The Tarn Front claims to have inflicted heavy losses on the Pakistani military.";
        assertEquals(List.of("Tarn Front: harmed pakistani military vague"), casualties(extract(body)));
    }
}
