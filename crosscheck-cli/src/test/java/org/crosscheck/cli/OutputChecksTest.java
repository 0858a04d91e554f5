package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz test's checks catch what they are meant to catch. */
class OutputChecksTest {
    private static final String BODY = "Five soldiers were killed.";
    private final OutputChecks checks = new OutputChecks();

    /** One casualty claim with the given count bounds, stance and evidence text (quoted as written). */
    private static String report(long low, long high, String stance, String spanText) {
        return ("{'report': {'id': 'x', 'published': null},"
                + " 'actors': [{'id': 'a1', 'name': 'Soldiers', 'kind': 'state_forces'}], 'places': [], 'events': [],"
                + " 'claims': [{'id': 'c1', 'claimant': 'outlet', 'stance': '" + stance + "', 'kind': 'casualties',"
                + " 'casualties': {'outcome': 'killed', 'victims': 'a1',"
                + " 'count': {'low': " + low + ", 'high': " + high + ", 'vague': false, 'text': 'Five'}},"
                + " 'evidence': [{'start': 0, 'end': 4, 'text': '" + spanText + "'}]}]}").replace('\'', '"');
    }

    @Test
    void aValidOutputPasses() {
        assertEquals(List.of(), checks.problems(report(5, 5, "asserts", "Five"), BODY));
    }

    @Test
    void aSpanThatDoesNotQuoteTheBodyIsCaught() {
        List<String> p = checks.problems(report(5, 5, "asserts", "Four"), BODY);
        assertTrue(p.size() == 1 && p.get(0).startsWith("span does not quote the body"), p.toString());
    }

    @Test
    void countsOutOfRangeAndSchemaBreachesAreCaught() {
        List<String> big = checks.problems(report(20_000_000, 20_000_000, "asserts", "Five"), BODY);
        assertTrue(big.stream().anyMatch(s -> s.startsWith("count out of 0..10000000")), big.toString());
        List<String> negative = checks.problems(report(-3, -3, "asserts", "Five"), BODY);
        assertTrue(negative.stream().anyMatch(s -> s.startsWith("schema: ")), negative.toString());
        List<String> stance = checks.problems(report(5, 5, "insists", "Five"), BODY);
        assertTrue(stance.stream().anyMatch(s -> s.startsWith("schema: ")), stance.toString());
    }
}
