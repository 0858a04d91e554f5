package org.crosscheck.extract.claims.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.extract.Offsets;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.rules.RuleExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code casualty-frames.semgrex}, each run through the real analyzer and parser and the frame
 * rules alone: the sentence must give a frame of its rule with the outcome, count and evidence offsets the
 * example states, or none of that rule when the example's count is {@code none} (a sentence the rule must leave).
 */
class CasualtyFramesExamplesTest {
    /** One line of the examples file. */
    record Example(String sentence, String rule, String outcome, String count, String evidence) {
        @Override
        public String toString() {
            return rule + ": " + sentence;
        }
    }

    static List<Example> examples() {
        return RuleExamples.read(CasualtyExtractor.class, "casualty-frames.examples", 5,
                f -> new Example(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theRuleReadsItsExample(Example example) {
        StageFixture f = StageFixture.analyse(example.sentence());
        FrameCasualties frames = new FrameCasualties(StageFixture.rules().casualtyFrames());
        List<ClaimDraft> found = frames.read(f.ctx(), f.actors(), f.attributions(), f.sentence(0)).stream()
                .filter(d -> d.rule().equals(example.rule())).toList();
        if (example.count().equals("none")) {
            assertEquals(List.of(), found, () -> example.rule() + " must leave '" + example.sentence() + "'");
            return;
        }
        assertEquals(1, found.size(), () -> "frames of " + example.rule() + " in '" + example.sentence() + "' ("
                + f.sentence(0).dependencies() + ")");
        ClaimDraft d = found.get(0);
        assertEquals(example.outcome(), d.outcome().toString());
        String count = d.count().vague() ? "vague"
                : (d.count().low() == null ? "" : d.count().low()) + ".." + (d.count().high() == null ? ""
                        : d.count().high());
        assertEquals(example.count(), count);
        Offsets.assertQuotes(example.sentence(), example.evidence(), d.evidence());
    }

    @Test
    void everyRuleHasAnExampleAndEveryExampleARule() {
        RuleExamples.assertEveryRuleExemplified(RuleExamples.ruleIds(CasualtyExtractor.class,
                CasualtyExtractor.FRAME_RULES), examples().stream().map(Example::rule).toList(), "casualty.");
    }
}
