package org.crosscheck.server.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

class EventTitleTest {
    static ClaimFigure claim(String claimant, Stance stance, Outcome outcome, String victims, Integer low,
                             Integer high, boolean vague, String words) {
        return new ClaimFigure("1/" + claimant.hashCode(), 1, "r.txt", null, claimant, null, true, false, stance,
                ClaimKind.CASUALTIES, outcome, victims, victims, victims, null, low, high, vague, words, null, null);
    }

    static ClaimFigure killed(String claimant, String victims, Integer low, Integer high) {
        return claim(claimant, Stance.ASSERTS, Outcome.KILLED, victims, low, high, false, String.valueOf(low));
    }

    @Test
    void twoClaimantsWithDifferentFiguresAreBothAttributed() {
        String t = EventTitle.of(List.of(killed("River Brigade", "border guards", 14, null),
                claim("Interior Ministry", Stance.ASSERTS, Outcome.HARMED, "River Brigade", null, null, true,
                        "suffered losses")), "Port Amara", "Armed clash");
        assertEquals("River Brigade claims at least 14 border guards killed in Port Amara; Interior Ministry claims "
                + "River Brigade harmed (\u201csuffered losses\u201d)", t);
    }

    @Test
    void deathsComeBeforeOtherOutcomesAndTheLargestFigureLeads() {
        String t = EventTitle.of(List.of(
                claim("Clinic staff", Stance.ASSERTS, Outcome.WOUNDED, "villagers", 30, 30, false, "30"),
                killed("Clinic staff", "villagers", 3, 3),
                killed("Provincial governor", "villagers", 7, 7)), "Hill Town", null);
        assertEquals("Provincial governor claims 7 villagers killed in Hill Town; Clinic staff claims 3 villagers "
                + "killed", t);
    }

    @Test
    void aDenialIsTheClaimantsOwnWords() {
        String t = EventTitle.of(List.of(killed("Lake Front", "police officers", 5, 5),
                claim("Police command", Stance.DENIES, Outcome.KILLED, "police officers", null, null, false, null)),
                null, null);
        assertEquals("Lake Front claims 5 police officers killed; Police command denies that police officers were "
                + "killed", t);
    }

    @Test
    void aSecondClaimantWithTheSameFigureIsNamedWhenNoOtherDiffersAndTheRestAreCounted() {
        String t = EventTitle.of(List.of(killed("A agency", "fishermen", 2, 2), killed("B radio", "fishermen", 2, 2),
                killed("C press", "fishermen", 2, 2), killed("D monitor", "fishermen", 0, 0)), "Bay", null);
        assertEquals("A agency claims 2 fishermen killed in Bay; D monitor claims no fishermen killed (and 2 more "
                + "claimants)", t);
    }

    @Test
    void withoutCasualtyClaimsOnlyTheTypeAndPlaceAreNamed() {
        assertEquals("Air/drone strike in Dune Well", EventTitle.of(List.of(), "Dune Well", "Air/drone strike"));
        assertEquals("Event, place unknown", EventTitle.of(List.of(), null, null));
    }

    @Test
    void noClauseStatesAFigureAsFact() {
        for (ClaimFigure f : List.of(killed("X", "y", 1, 4), killed("X", null, 3, null),
                claim("X", Stance.ASSERTS, Outcome.CAPTURED, "z", null, null, true, "many"))) {
            String c = EventTitle.clause(f);
            assertFalse(!c.startsWith("X claims ") && !c.startsWith("X denies "), c);
        }
        assertEquals("X claims 1 to 4 y killed", EventTitle.clause(killed("X", "y", 1, 4)));
        assertEquals("X claims at least 3 people killed", EventTitle.clause(killed("X", null, 3, null)));
    }

    @Test
    void aGroupOfPeopleTakesThePluralVerbAndANameTheSingular() {
        assertEquals("Residents claim 4 fishermen killed in Bay", EventTitle.of(List.of(killed("residents",
                "fishermen", 4, 4)), "Bay", null));
        assertEquals("Camp elders claim 2 herders killed", EventTitle.clause(killed("Camp elders", "herders", 2, 2)));
        assertEquals("Witnesses of the raid claim 2 herders killed",
                EventTitle.clause(killed("Witnesses of the raid", "herders", 2, 2)));
        assertEquals("Hill police deny that herders were killed", EventTitle.clause(claim("Hill police",
                Stance.DENIES, Outcome.KILLED, "herders", null, null, false, null)));
        assertEquals("Northern Caravans claims 2 herders killed",
                EventTitle.clause(killed("Northern Caravans", "herders", 2, 2)));
        assertEquals("Dune Radio headlines claims 2 herders killed",
                EventTitle.clause(killed("Dune Radio headlines", "herders", 2, 2)));
        assertEquals("Masked gunmen claim 2 herders killed", EventTitle.clause(killed("Masked gunmen", "herders", 2, 2)));
        assertEquals("Ministry of Ports claims 2 herders killed",
                EventTitle.clause(killed("Ministry of Ports", "herders", 2, 2)));
    }

    @Test
    void oneVictimIsWrittenWithItsArticle() {
        assertEquals("Coast guard claims a 14-year-old girl killed",
                EventTitle.clause(killed("Coast guard", "14-year-old girl", 1, 1)));
        assertEquals("Coast guard claims an 11-year-old girl killed",
                EventTitle.clause(killed("Coast guard", "11-year-old girl", 1, 1)));
        assertEquals("Coast guard claims an 80-year-old man killed",
                EventTitle.clause(killed("Coast guard", "80-year-old man", 1, 1)));
        assertEquals("Coast guard claims an officer killed", EventTitle.clause(killed("Coast guard", "officer", 1, 1)));
        assertEquals("Coast guard claims a university lecturer killed",
                EventTitle.clause(killed("Coast guard", "university lecturer", 1, 1)));
        assertEquals("Coast guard claims a Tamil fisherman killed",
                EventTitle.clause(killed("Coast guard", "Tamil fisherman", 1, 1)));
        assertEquals("Coast guard claims Amina Yusuf killed", EventTitle.clause(killed("Coast guard", "Amina Yusuf", 1, 1)));
        assertEquals("Coast guard claims one of the sailors killed",
                EventTitle.clause(killed("Coast guard", "sailors", 1, 1)));
        assertEquals("Coast guard claims one person killed", EventTitle.clause(killed("Coast guard", null, 1, 1)));
        assertEquals("Coast guard claims a deckhand wounded", EventTitle.clause(claim("Coast guard", Stance.ASSERTS,
                Outcome.WOUNDED, "deckhand", null, null, true, "a deckhand")));
        assertEquals("Coast guard denies that a sailor was killed", EventTitle.clause(claim("Coast guard",
                Stance.DENIES, Outcome.KILLED, "sailor", 1, 1, false, "one")));
    }
}
