package org.crosscheck.extract.claims.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

/** Numbering, merging and linking of claim drafts written by hand. */
class ClaimConsolidatorTest {
    private static final String BODY = "The army said 9 rebels died. Later the army said 9 rebels died. "
            + "The rebels denied that.";
    private static final Map<String, String> IDS = Map.of("army", "a1", "rebels", "a2");

    private static ClaimDraft draft(int sentence, String claimant, Stance stance, int from, int to, String rule) {
        Attribution who = new Attribution(claimant, null, null);
        return new ClaimDraft(sentence, 0, who, stance, ClaimKind.CASUALTIES, Outcome.KILLED, "rebels",
                stance == Stance.DENIES ? Count.exactly(0, "that") : Count.exactly(9, "9 rebels"), null, null,
                Span.of(BODY, from, to), null, rule);
    }

    @Test
    void aRepeatedFigureIsOneClaimAndADenialRefutesIt() {
        int second = BODY.indexOf("9 rebels died", 20);
        int denial = BODY.indexOf("The rebels denied");
        List<Claim> claims = new ClaimConsolidator().consolidate(List.of(
                draft(0, "army", Stance.ASSERTS, 14, 27, "casualty.count-outcome"),
                draft(1, "army", Stance.ASSERTS, second, second + 13, "casualty.frame-passive"),
                draft(2, "rebels", Stance.DENIES, denial, BODY.length() - 1, "statement.denial")),
                IDS, List.of(), Map.of()).claims();
        assertEquals(2, claims.size(), claims.toString());
        Claim figure = claims.get(0);
        assertEquals(List.of(Span.of(BODY, 14, 27), Span.of(BODY, second, second + 13)), figure.evidence());
        assertEquals("casualty.count-outcome", figure.rule(), "the claim keeps the rule of its first evidence");
        assertEquals(List.of("c1"), claims.get(1).refutes());
        assertEquals("statement.denial", claims.get(1).rule());
    }
}
