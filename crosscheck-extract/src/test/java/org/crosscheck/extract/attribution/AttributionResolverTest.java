package org.crosscheck.extract.attribution;

import static org.crosscheck.extract.Offsets.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Whose account each token is, on hand-built tokens. */
class AttributionResolverTest {
    @Test
    void aReportingVerbGivesItsSubjectTheAccountAfterIt() {
        AnnotatedText t = HandBuilt.text(LocalDate.of(2024, 9, 3),
                HandBuilt.sentence("Police said two guards were hurt .").tags("NNS VBD CD NNS VBD VBN .")
                        .lemmas("police say two guard be hurt ."),
                HandBuilt.sentence("The road was closed .").tags("DT NN VBD VBN ."));
        StageFixture f = StageFixture.of(t);
        Attribution a = f.attributions().at(0, 2);
        assertEquals("Police", f.actors().entry(a.claimant()).name());
        assertQuotes(t.text(), "said", a.cue());
        assertEquals(a, f.attributions().at(1, 1), "the next sentence of the paragraph goes on with the account");
    }

    @Test
    void withoutACueTheOutletSpeaks() {
        AnnotatedText t = HandBuilt.sentence("Two guards were hurt .").tags("CD NNS VBD VBN .").text();
        assertTrue(StageFixture.of(t).attributions().at(0, 0).isOutlet());
    }
}
