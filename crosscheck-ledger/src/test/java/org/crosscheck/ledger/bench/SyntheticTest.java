package org.crosscheck.ledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.ledger.bench.Synthetic.Report;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Extraction;
import org.junit.jupiter.api.Test;

class SyntheticTest {
    @Test
    void aCopiedClaimKeepsItsRuleAndScope() {
        Report kalat = Synthetic.kalat();
        Extraction x = kalat.extraction();
        List<Claim> named = x.claims().stream().map(c -> new Claim(c.id(), c.claimant(), c.via(), c.cue(),
                c.stance(), c.kind(), c.event(), c.casualties(), c.object(), c.quantity(), c.refutes(), c.evidence(),
                "rule." + c.id(), c.scope())).toList();
        Report template = new Report(kalat.source(), new Extraction(x.report(), x.actors(), x.places(), x.events(),
                named));
        Map<String, Claim> byId = named.stream().collect(Collectors.toMap(Claim::id, Function.identity()));

        List<Claim> copies = Synthetic.replicate(template, 3, 10).extraction().claims().stream()
                .filter(c -> c.id().startsWith("x")).toList();

        assertTrue(copies.size() > 10, "copies: " + copies.size());
        for (Claim copy : copies) {
            Claim source = named.stream().filter(c -> copy.rule().equals(c.rule())).findFirst().orElseThrow(
                    () -> new AssertionError(copy.id() + " has rule " + copy.rule() + ", no template claim's"));
            assertEquals(byId.get(source.id()).scope(), copy.scope(), copy.id());
            assertEquals(source.event(), copy.event(), copy.id());
        }
    }
}
