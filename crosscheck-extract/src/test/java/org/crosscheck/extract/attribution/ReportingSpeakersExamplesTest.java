package org.crosscheck.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.rules.RuleExamples;
import org.crosscheck.text.PatternMatch;
import org.crosscheck.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code reporting-speakers.semgrex}, each parsed by the real analyzer and parser: the rule must
 * find the example's speaker word for its verb word, or no speaker when the example says {@code none}.
 */
class ReportingSpeakersExamplesTest {
    /** One line of the examples file. */
    record Example(String sentence, String rule, String verb, String speaker) {
        @Override
        public String toString() {
            return rule + ": " + sentence;
        }
    }

    static List<Example> examples() {
        return RuleExamples.read(SpeakerRules.class, "reporting-speakers.examples", 4,
                f -> new Example(f.get(0), f.get(1), f.get(2), f.get(3)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theRuleFindsTheSpeakerOfItsExample(Example example) {
        // parsed whole: a rule test must not depend on which sentences the pipeline selects for the parser
        StageFixture f = StageFixture.parseAll(example.sentence());
        Sentence s = f.sentence(0);
        int verb = indexOf(s, example.verb());
        List<String> found = StageFixture.rules().speakers().match(s).stream()
                .filter(m -> m.rule().equals(example.rule()) && m.nodes().get("verb") == verb)
                .map(PatternMatch::nodes).map(n -> s.tokens().get(n.get("speaker")).word()).toList();
        List<String> expected = example.speaker().equals("none") ? List.of() : List.of(example.speaker());
        if (expected.isEmpty()) {
            assertEquals(expected, found, () -> "dependencies: " + s.dependencies());
        } else {
            assertTrue(found.contains(example.speaker()), () -> found + " in " + s.dependencies());
        }
    }

    private static int indexOf(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no '" + word + "' in the example");
    }

    @Test
    void everyRuleHasAnExampleAndEveryExampleARule() {
        RuleExamples.assertEveryRuleExemplified(RuleExamples.ruleIds(SpeakerRules.class, SpeakerRules.RULES),
                examples().stream().map(Example::rule).toList(), "attribution.");
    }
}
