package org.crosscheck.extract.claims.statement;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Stance;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Denials on hand-built tokens. */
class StatementClaimExtractorTest {
    @Test
    void aDenialOfLossesIsAZeroCasualtyClaimOfTheDenier() {
        AnnotatedText t = HandBuilt.sentence("The ministry denied any losses .").tags("DT NN VBD DT NNS .")
                .lemmas("the ministry deny any loss .").text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new StatementClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        assertEquals(1, drafts.size(), drafts.toString());
        ClaimDraft d = drafts.get(0);
        assertEquals(Stance.DENIES, d.stance());
        assertEquals(ClaimKind.CASUALTIES, d.kind());
        assertEquals(0, d.count().low());
        assertEquals("statement.denied-losses", d.rule());
        assertEquals("ministry", f.actors().entry(d.victims()).name());
        assertQuotes(t.text(), "The ministry denied any losses", d.evidence());
    }
}
