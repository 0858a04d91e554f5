package org.crosscheck.extract.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.rules.RuleExamples;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code background-cues.tsv}, each run through the real analyzer and parser: the figure (the
 * example's count word) must be background by the example's cue, or by none for "-".
 */
class BackgroundCuesExamplesTest {
    private static final BackgroundScope SCOPE = new BackgroundScope();

    record Example(String sentence, String cue, String count) {
        @Override
        public String toString() {
            return cue + ": " + sentence;
        }
    }

    static List<Example> examples() {
        return RuleExamples.read(BackgroundScope.class, "background-cues.examples", 3,
                f -> new Example(f.get(0), f.get(1), f.get(2)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theCueScopesItsExample(Example example) {
        Sentence s = StageFixture.analyse(example.sentence()).sentence(0);
        int at = -1;
        for (int i = 0; i < s.tokens().size() && at < 0; i++) {
            if (Words.lower(s.tokens().get(i)).equals(example.count().toLowerCase())) {
                at = i;
            }
        }
        assertTrue(at >= 0, "no token " + example.count());
        assertEquals(example.cue(), SCOPE.cue(s, at).orElse("-"), () -> "parse " + s.dependencies());
    }

    @Test
    void everyCueHasAnExample() {
        Set<String> cues = Stream.concat(ScopeCue.load().stream().map(ScopeCue::id),
                Stream.of(BackgroundScope.CAMPAIGN_PERFECT)).collect(Collectors.toSet());
        Set<String> exemplified = examples().stream().map(Example::cue).filter(c -> !c.equals("-"))
                .collect(Collectors.toSet());
        assertEquals(cues, exemplified);
    }
}
