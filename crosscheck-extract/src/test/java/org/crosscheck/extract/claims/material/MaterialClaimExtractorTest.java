package org.crosscheck.extract.claims.material;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Damage and seizure on hand-built tokens. */
class MaterialClaimExtractorTest {
    @Test
    void anActiveDamageVerbTakesItsObjectAndCount() {
        AnnotatedText t = HandBuilt.sentence("Gunmen torched two buses at dawn .").tags("NNS VBD CD NNS IN NN .")
                .ner("O O NUMBER O O O O").text();
        StageFixture f = StageFixture.of(t);
        List<ClaimDraft> drafts = new MaterialClaimExtractor().extract(f.ctx(), f.actors(), f.attributions());
        assertEquals(1, drafts.size(), drafts.toString());
        ClaimDraft d = drafts.get(0);
        assertEquals(ClaimKind.DAMAGE, d.kind());
        assertEquals("two buses", d.object());
        assertEquals(2, d.quantity().low());
        assertEquals("material.damage", d.rule());
        assertQuotes(t.text(), "torched two buses", d.evidence());
    }
}
