package org.crosscheck.ledger.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "honest contradictions": figures contradict only when they count the same victims of the same
 * incident and cannot all be true, and every contest says why in words naming both sides.
 */
class HonestContradictionsTest {
    /** Claim {@code local} of report {@code report}: {@code victims} (side "Civilians") {@code outcome}. */
    private static ClaimFigure figure(long report, String local, String claimant, String victims, Outcome outcome,
                                      Integer low, Integer high) {
        return new ClaimFigure(report + "/" + local, report, "r" + report, null, claimant, null, false, false,
                Stance.ASSERTS, ClaimKind.CASUALTIES, outcome, "Civilians", victims, "civilians",
                ActorKind.CIVILIANS, low, high, false, String.valueOf(low), null, "text " + local, List.of());
    }

    private static ClaimFigure killed(long report, String local, String claimant, int n) {
        return figure(report, local, claimant, "Civilians", Outcome.KILLED, n, n);
    }

    private static ClaimFigure statement(long report, String local, String claimant, Stance stance, ClaimKind kind,
                                         String object, List<String> refutes) {
        return new ClaimFigure(report + "/" + local, report, "r" + report, null, claimant, null, false, false, stance,
                kind, null, null, null, null, null, null, null, null, null, object, "text " + local, refutes);
    }

    private static Reconciliation reconcile(ClaimFigure... figures) {
        return Reconciler.reconcile(7, List.of(figures), false);
    }

    @Test
    void aBreakdownByPlaceIsNoContradictionOfItsTotal() {
        // "4 died in the north, 3 in the east and 1 in the capital", three officials; the ministry: 8 in all.
        Reconciliation r = reconcile(killed(1, "c1", "Ministry", 8), killed(1, "c2", "North governor", 4),
                killed(1, "c3", "East governor", 3), killed(1, "c4", "Mayor", 1));
        assertFalse(r.contested(), r.contestReasons().toString());
        // The same parts against a total they do not add up to are a contradiction.
        assertTrue(reconcile(killed(1, "c1", "Ministry", 20), killed(1, "c2", "North governor", 4),
                killed(1, "c3", "East governor", 3)).contested());
    }

    @Test
    void aBreakdownBySideIsNoContradiction() {
        ClaimFigure soldiers = new ClaimFigure("1/c1", 1, "r1", null, "Army", null, true, true, Stance.ASSERTS,
                ClaimKind.CASUALTIES, Outcome.KILLED, "Army", "Soldiers", "army", ActorKind.STATE_FORCES, 4, 4, false,
                "4", null, "4 soldiers", List.of());
        ClaimFigure rebels = new ClaimFigure("1/c2", 1, "r1", null, "Rebels", null, true, false, Stance.ASSERTS,
                ClaimKind.CASUALTIES, Outcome.KILLED, "Rebels", "Fighters", "rebels", ActorKind.ARMED_GROUP, 30, 30,
                false, "30", null, "30 fighters", List.of());
        assertFalse(reconcile(soldiers, rebels).contested());
    }

    @Test
    void aSubgroupIsPartOfItsWhole() {
        // "12 people were killed, including 5 children, a medic said", the medic's figure put on the hospital.
        Reconciliation r = reconcile(figure(1, "c1", "Police", "People", Outcome.KILLED, 12, 12),
                figure(1, "c2", "Hospital", "Children", Outcome.KILLED, 5, 5));
        assertFalse(r.contested(), r.contestReasons().toString());
        // Two reports naming the same victims otherwise may still disagree.
        assertTrue(reconcile(figure(1, "c1", "Police", "People", Outcome.KILLED, 12, 12),
                figure(2, "c1", "Rebels", "Villagers", Outcome.KILLED, 5, 5)).contested());
    }

    @Test
    void aSingleFigureNeverContradictsItself() {
        Reconciliation r = reconcile(figure(1, "c1", "Hospital", "Civilians", Outcome.WOUNDED, 9, 9));
        assertFalse(r.contested());
        assertFalse(r.groups().get(0).contested());
        // "No one was harmed" against it contests the event, not the single figure's group.
        Reconciliation zero = reconcile(figure(1, "c1", "Hospital", "Civilians", Outcome.WOUNDED, 9, 9),
                figure(2, "c1", "Army", "Civilians", Outcome.HARMED, 0, 0));
        assertTrue(zero.contested());
        assertFalse(zero.groups().get(0).contested(), "one figure of people wounded cannot all-be-untrue");
        assertEquals(List.of("Army claims no Civilians were harmed; Hospital claims 9 wounded"), zero.contestReasons());
    }

    @Test
    void aContestNamesBothSidesNeutrally() {
        Reconciliation r = reconcile(killed(1, "c1", "Rebels", 12), killed(2, "c1", "Army", 3));
        assertEquals(List.of("Rebels claims 12 Civilians killed; Army claims 3"), r.contestReasons());
        assertEquals(r.contestReasons(), r.groups().get(0).contestReasons());
    }

    @Test
    void aDenialContestsOnlyTheClaimItRefutes() {
        // The government denies it backs the militants; nobody's figures are answered.
        ClaimFigure backs = statement(1, "c1", "Opposition", Stance.ASSERTS, ClaimKind.OTHER,
                "the government backs the militants", List.of());
        ClaimFigure denial = statement(1, "c2", "Government", Stance.DENIES, ClaimKind.OTHER, null, List.of("1/c1"));
        ClaimFigure deaths = killed(1, "c3", "Medics", 6);
        Reconciliation r = reconcile(backs, denial, deaths);
        assertTrue(r.contested());
        assertEquals(List.of("Government denies \"text c2\"; Opposition claims \"the government backs the militants\""),
                r.contestReasons(), "it answers the claim it refutes, not the deaths");
        // A denial of something else that refutes no claim here contests nothing.
        ClaimFigure unrelated = statement(1, "c4", "Police", Stance.DENIES, ClaimKind.OTHER,
                "that people disappeared in custody", List.of());
        assertFalse(reconcile(deaths, unrelated).contested());
    }

    @Test
    void aDenialOfTheEventContestsEveryOtherAccountOfIt() {
        ClaimFigure attack = statement(1, "c1", "Mayor", Stance.ASSERTS, ClaimKind.OCCURRENCE, "the bombing",
                List.of());
        ClaimFigure deaths = killed(1, "c2", "Mayor", 12);
        ClaimFigure denial = statement(2, "c1", "Air Force", Stance.DENIES, ClaimKind.OCCURRENCE, null, List.of());
        Reconciliation r = reconcile(attack, deaths, denial);
        assertEquals(List.of("Air Force denies that the event took place; Mayor claims 12 Civilians killed, "
                + "\"the bombing\""), r.contestReasons());
    }
}
