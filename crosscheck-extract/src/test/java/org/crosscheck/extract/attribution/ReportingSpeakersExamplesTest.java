package org.crosscheck.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.rules.RuleFile;
import org.crosscheck.text.PatternMatch;
import org.crosscheck.text.PatternRule;
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

    static List<Example> examples() throws IOException {
        try (var in = SpeakerRules.class.getResourceAsStream("reporting-speakers.examples");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1))
                    .map(f -> new Example(f[0], f[1], f[2], f[3])).toList();
        }
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
    void everyRuleHasAnExampleAndEveryExampleARule() throws IOException {
        Set<String> rules = RuleFile.load(SpeakerRules.class, SpeakerRules.RULES).stream().map(PatternRule::id)
                .collect(Collectors.toSet());
        assertEquals(rules, examples().stream().map(Example::rule).collect(Collectors.toSet()));
        assertTrue(rules.stream().allMatch(id -> id.startsWith("attribution.")), rules.toString());
    }
}
