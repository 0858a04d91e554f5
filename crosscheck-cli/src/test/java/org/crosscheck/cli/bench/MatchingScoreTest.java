package org.crosscheck.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matching scores worked out by hand on a grouping of six reports. */
class MatchingScoreTest {
    private static final double EPS = 1e-9;

    /** Gold: a, b, c one incident; d, e another; f alone. */
    private static Map<String, String> gold() {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("a", "g1");
        g.put("b", "g1");
        g.put("c", "g1");
        g.put("d", "g2");
        g.put("e", "g2");
        g.put("f", "");
        return g;
    }

    /** The ledger split g1 ({a, b} and {c}, the latter with no claim) and merged f into g2. */
    private static List<MatchingScore.Event> ledger() {
        return List.of(event(1, 2, "a", "b"), event(2, 0, "c"), event(3, 1, "d", "e", "f"),
                event(4, 1, "unindexed.txt"));
    }

    private static MatchingScore.Event event(long id, int claims, String... reports) {
        return new MatchingScore.Event(id, Set.of(reports), Set.of(reports), claims);
    }

    @Test
    void pairwiseAndBcubedOnASplitAndAMerge() {
        MatchingScore s = MatchingScore.of(gold(), ledger());
        assertEquals(6, s.reports());
        // Predicted pairs ab, de, df, ef; gold pairs ab, ac, bc, de; right ab, de.
        assertEquals(0.5, s.pairwise().precision(), EPS);
        assertEquals(0.5, s.pairwise().recall(), EPS);
        assertEquals(0.5, s.pairwise().f1(), EPS);
        // B-cubed precision: a 1, b 1, c 1, d 2/3, e 2/3, f 1/3; recall: 2/3, 2/3, 1/3, 1, 1, 1.
        assertEquals(14.0 / 18, s.bcubed().precision(), EPS);
        assertEquals(14.0 / 18, s.bcubed().recall(), EPS);
        assertEquals(2, s.groups());
        assertEquals(List.of("g1"), s.split());
        assertEquals(1, s.mixing());
        assertEquals(4, s.events());
        assertEquals(1, s.noClaims());
    }

    @Test
    void theTrivialAnswers() {
        MatchingScore s = MatchingScore.of(gold(), ledger());
        MatchingScore alone = s.baselines().get("every report alone");
        assertEquals(1.0, alone.pairwise().precision(), EPS);
        assertEquals(0.0, alone.pairwise().recall(), EPS);
        assertEquals(1.0, alone.bcubed().precision(), EPS);
        assertEquals(0.5, alone.bcubed().recall(), EPS);
        assertEquals(List.of("g1", "g2"), alone.split());
        MatchingScore one = s.baselines().get("all reports one incident");
        assertEquals(4.0 / 15, one.pairwise().precision(), EPS);
        assertEquals(1.0, one.pairwise().recall(), EPS);
        assertEquals(1.0, one.bcubed().recall(), EPS);
        assertEquals(1, one.mixing());
        assertEquals(List.of(), one.split());
    }

    @Test
    void anOperationHoldsItsGroupWithItsIncidents() {
        List<MatchingScore.Event> events = List.of(
                new MatchingScore.Event(1, Set.of("a"), Set.of("a", "b", "c"), 0),
                event(2, 1, "b", "c"), event(3, 1, "d", "e"), event(4, 1, "f"));
        MatchingScore s = MatchingScore.of(gold(), events);
        assertEquals(List.of(), s.split());
        assertEquals(0, s.mixing());
        assertEquals(1.0, s.pairwise().precision(), EPS);
    }
}
