package org.crosscheck.extract.claims.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.Offsets;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.rules.RuleFile;
import org.crosscheck.model.Count;
import org.crosscheck.text.PatternRule;
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

    static List<Example> examples() throws IOException {
        try (var in = MaterialClaimExtractor.class.getResourceAsStream("material-frames.examples");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1))
                    .map(f -> new Example(f[0], f[1], f[2], f[3], f[4], f[5])).toList();
        }
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
    void everyRuleHasAnExampleAndEveryExampleARule() throws IOException {
        Set<String> rules = RuleFile.load(MaterialClaimExtractor.class, MaterialClaimExtractor.FRAME_RULES).stream()
                .map(PatternRule::id).collect(Collectors.toSet());
        Set<String> exemplified = examples().stream().map(Example::rule).collect(Collectors.toSet());
        assertEquals(rules, exemplified);
        assertTrue(rules.stream().allMatch(id -> id.startsWith("material.")), rules.toString());
    }
}
