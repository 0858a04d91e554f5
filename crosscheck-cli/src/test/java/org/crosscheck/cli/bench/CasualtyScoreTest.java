package org.crosscheck.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact and zero/non-zero agreement of the system and of the trivial answers. */
class CasualtyScoreTest {
    private static GvdbArticle article(String id, int killed, int injured) {
        return new GvdbArticle(id, null, null, "text", killed, injured);
    }

    @Test
    void agreementsOfTheSystemAndTheBaselines() {
        CasualtyScore s = new CasualtyScore();
        s.add(article("1", 1, 0), new MainIncident.Figures(1, 0));
        s.add(article("2", 2, 1), new MainIncident.Figures(1, 1));
        s.add(article("3", 0, 3), new MainIncident.Figures(0, 0));
        s.failed(article("4", 1, 0), "crashed");
        var killed = s.table().get("killed");
        assertEquals(0.50, killed.get("system").exact(), 1e-9);
        assertEquals(0.75, killed.get("system").zeroNonZero(), 1e-9, "article 4 failed and counts as 0");
        assertEquals(0.25, killed.get("always_0").exact(), 1e-9);
        assertEquals(0.50, killed.get("always_1").exact(), 1e-9);
        assertEquals(0.75, killed.get("always_1").zeroNonZero(), 1e-9);
        var injured = s.table().get("injured");
        assertEquals(0.75, injured.get("system").exact(), 1e-9);
        assertEquals(0.50, injured.get("always_0").exact(), 1e-9);
        assertEquals(0.25, injured.get("always_1").exact(), 1e-9);
        assertEquals(1, s.failures());
        assertEquals(List.of("2\tkilled\t2\t1", "3\tinjured\t3\t0", "4\tkilled\t1\t0\tfailed: crashed"), s.misses());
        assertTrue(s.json().contains("\"killed\":{\"system\":{\"exact\":0.5000,\"zero_nonzero\":0.7500}"), s.json());
        assertTrue(s.text().contains("killed   always-1    0.500       0.750"), s.text());
    }
}
