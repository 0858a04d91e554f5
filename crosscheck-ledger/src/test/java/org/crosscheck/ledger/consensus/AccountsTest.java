package org.crosscheck.ledger.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.NameKey;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

/** ACLED's one figure per event: always one account's, the most conservative of rival accounts. */
class AccountsTest {
    private int next;

    private ClaimFigure killed(long report, String claimant, String victims, ActorKind kind, Integer low, Integer high,
                               boolean vague, String text) {
        return new ClaimFigure(report + "/c" + next++, report, report + ".txt", null, claimant, null, true, false,
                Stance.ASSERTS, ClaimKind.CASUALTIES, Outcome.KILLED, victims, victims, NameKey.of(victims), kind, low,
                high, vague, text, null, text);
    }

    private ClaimFigure exact(long report, String claimant, String victims, ActorKind kind, int n) {
        return killed(report, claimant, victims, kind, n, n, false, String.valueOf(n));
    }

    /** Groups as the reconciler makes them: by victims' side. */
    private static int acled(ClaimFigure... figs) {
        Map<String, List<ClaimFigure>> bySide = new LinkedHashMap<>();
        for (ClaimFigure f : figs) {
            bySide.computeIfAbsent(f.victimsKey(), k -> new ArrayList<>()).add(f);
        }
        List<VictimGroup> groups = new ArrayList<>();
        bySide.values().forEach(fs -> groups.add(new VictimGroup(fs.get(0).victims(), fs.get(0).victimsKey(),
                fs.get(0).victimsKind(), Outcome.KILLED, fs, false, List.of())));
        Reconciliation r = new Reconciliation(1, groups, List.of(), false, List.of(), false);
        return r.fatalities(EstimatePolicy.ACLED).best();
    }

    @Test
    void aBreakdownCountsWholeAndAnotherPartysVagueWordsForOneSideAreNoRival() {
        // Each side's lowest figure added (40 + "dozens" as 12 + 12) would be a total no one gave.
        assertEquals(67, acled(exact(1, "Army", "insurgents", ActorKind.ARMED_GROUP, 40),
                exact(1, "Army", "troops", ActorKind.STATE_FORCES, 15),
                exact(1, "Army", "villagers", ActorKind.CIVILIANS, 12),
                killed(1, "Front", "troops", ActorKind.STATE_FORCES, null, null, true, "dozens of troops")));
    }

    @Test
    void aCountOfPeopleInGeneralHoldsAnotherAccountsSide() {
        assertEquals(30, acled(exact(2, "Relief agency", "people", ActorKind.OTHER, 30),
                exact(3, "Defence ministry", "gunmen", ActorKind.ARMED_GROUP, 3)));
    }

    @Test
    void rivalAccountsOfTheSameVictimsGiveTheLowest() {
        assertEquals(7, acled(exact(1, "Clinic", "people", ActorKind.OTHER, 12),
                exact(2, "Governor", "people", ActorKind.OTHER, 7),
                killed(3, "Residents", "people", ActorKind.OTHER, 9, null, false, "at least 9")));
    }

    @Test
    void partsOfOneAccountsWholeAreNotItsFigure() {
        assertEquals(8, acled(exact(1, "Police", "people", ActorKind.OTHER, 4), exact(1, "Police", "people",
                ActorKind.OTHER, 3), exact(1, "Police", "people", ActorKind.OTHER, 1),
                exact(1, "Police", "people", ActorKind.OTHER, 8)));
    }

    @Test
    void aStatedTotalIsTheAccountsFigureNotItsBreakdownAdded() {
        assertEquals(20, acled(exact(1, "Mayor", "people", ActorKind.OTHER, 20),
                exact(1, "Mayor", "fighters", ActorKind.ARMED_GROUP, 14),
                exact(1, "Mayor", "farmers", ActorKind.CIVILIANS, 6)));
    }

    @Test
    void aCountOfPeopleSmallerThanTheSidesIsSomeOfThem() {
        // "nine dead on our side, five police and four guards; 60 raiders killed": 69, not 69 + 9.
        assertEquals(69, acled(exact(1, "Command", "people", ActorKind.OTHER, 9),
                exact(1, "Command", "police", ActorKind.POLICE, 5), exact(1, "Command", "guards", ActorKind.STATE_FORCES, 4),
                exact(1, "Command", "raiders", ActorKind.ARMED_GROUP, 60),
                exact(2, "Ministry", "raiders", ActorKind.ARMED_GROUP, 2)));
    }

    @Test
    void aRangeWithNoLowEndIsNoEstimate() {
        assertEquals(3, acled(killed(1, "Pastor", "people", ActorKind.OTHER, null, 900, false, "close to 900"),
                exact(2, "Police", "people", ActorKind.OTHER, 3)));
    }

    @Test
    void aFullerAccountStandsOverOnePartOfIt() {
        assertEquals(15, acled(exact(1, "Army", "troops", ActorKind.STATE_FORCES, 10),
                exact(1, "Army", "villagers", ActorKind.CIVILIANS, 5),
                exact(2, "Front", "troops", ActorKind.STATE_FORCES, 20)));
    }

    @Test
    void accountsOfDifferentVictimsGiveTheLargerStatedFigureNotTheirSum() {
        assertEquals(10, acled(exact(1, "Army", "troops", ActorKind.STATE_FORCES, 5),
                exact(2, "Clinic", "villagers", ActorKind.CIVILIANS, 10)));
    }

    @Test
    void aNumberForASideOutweighsTheSameAccountsVagueWords() {
        assertEquals(6, acled(killed(1, "Police", "people", ActorKind.OTHER, null, null, true, "several people"),
                exact(1, "Police", "people", ActorKind.OTHER, 6)));
        assertEquals(12, acled(killed(1, "Police", "people", ActorKind.OTHER, null, null, true, "dozens")));
    }

    @Test
    void zerosAndDenialsAreNoEstimateUnlessEveryoneSaysNone() {
        ClaimFigure none = exact(2, "Ministry", "people", ActorKind.OTHER, 0);
        assertEquals(4, acled(exact(1, "Witness", "people", ActorKind.OTHER, 4), none));
        assertEquals(0, acled(none));
        Reconciliation empty = new Reconciliation(1, List.of(), List.of(), false, List.of(), false);
        assertTrue(empty.fatalities(EstimatePolicy.ACLED).isNone());
    }

    @Test
    void theRangePolicyStillAddsItsSides() {
        ClaimFigure a = exact(1, "Army", "troops", ActorKind.STATE_FORCES, 5);
        ClaimFigure b = exact(2, "Clinic", "villagers", ActorKind.CIVILIANS, 10);
        List<VictimGroup> groups = List.of(
                new VictimGroup("troops", "troops", ActorKind.STATE_FORCES, Outcome.KILLED, List.of(a), false, List.of()),
                new VictimGroup("villagers", "villagers", ActorKind.CIVILIANS, Outcome.KILLED, List.of(b), false,
                        List.of()));
        Reconciliation r = new Reconciliation(1, groups, List.of(), false, List.of(), false);
        assertEquals(15, r.fatalities(EstimatePolicy.RANGE).best());
    }
}
