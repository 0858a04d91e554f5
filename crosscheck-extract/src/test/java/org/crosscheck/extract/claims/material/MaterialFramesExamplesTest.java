package org.crosscheck.extract.claims.material;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.extract.Offsets;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.rules.RuleExamples;
import org.crosscheck.model.Count;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code material-frames.semgrex}, each run through the real analyzer and parser and the frame
 * rules alone: the sentence must give one claim of its rule on the object the example names, with the kind,
 * quantity and evidence offsets it states.
 */
class MaterialFramesExamplesTest {
    /** One line of the examples file. */
    record Example(String sentence, String rule, String kind, String object, String quantity, String evidence) {
        @Override
        public String toString() {
            return rule + ": " + sentence;
        }
    }

    static List<Example> examples() {
        return RuleExamples.read(MaterialClaimExtractor.class, "material-frames.examples", 6,
                f -> new Example(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theRuleReadsItsExample(Example example) {
        StageFixture f = StageFixture.analyse(example.sentence());
        MaterialFrames frames = new MaterialFrames(StageFixture.rules().materialFrames());
        // a breakdown gives a claim per object: the example names the one it checks
        List<ClaimDraft> found = frames.read(f.ctx(), f.actors(), f.attributions(), f.sentence(0)).stream()
                .filter(d -> d.rule().equals(example.rule()) && d.object().equals(example.object())).toList();
        assertEquals(1, found.size(), () -> "claims of " + example.rule() + " on '" + example.object() + "' in '"
                + example.sentence() + "' (" + frames.read(f.ctx(), f.actors(), f.attributions(), f.sentence(0))
                + ", " + f.sentence(0).dependencies() + ")");
        ClaimDraft d = found.get(0);
        assertEquals(example.kind(), d.kind().toString().toLowerCase(java.util.Locale.ROOT));
        Count q = d.quantity();
        String quantity = q == null ? "" : (q.low() == null ? "" : q.low()) + ".." + (q.high() == null ? ""
                : q.high());
        assertEquals(example.quantity(), quantity);
        Offsets.assertQuotes(example.sentence(), example.evidence(), d.evidence());
    }

    @Test
    void everyRuleHasAnExampleAndEveryExampleARule() {
        RuleExamples.assertEveryRuleExemplified(RuleExamples.ruleIds(MaterialClaimExtractor.class,
                MaterialClaimExtractor.FRAME_RULES), examples().stream().map(Example::rule).toList(), "material.");
    }
}
