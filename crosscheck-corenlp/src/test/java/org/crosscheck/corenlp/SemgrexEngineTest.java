package org.crosscheck.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.text.DependencyPatterns;
import org.crosscheck.text.HandBuilt;
import org.crosscheck.text.PatternMatch;
import org.crosscheck.text.PatternRule;
import org.crosscheck.text.Sentence;
import org.junit.jupiter.api.Test;

/** Semgrex over hand-built graphs: no model is loaded. */
class SemgrexEngineTest {
    private static final Sentence PASSIVE = HandBuilt.sentence("Nine herders were wounded by a mine .")
            .tags("CD NNS VBD VBN IN DT NN .")
            .lemmas("nine herder be wound by a mine .")
            .ner("NUMBER O O O O O O O")
            .deps("nummod(herders-2, Nine-1) nsubj:pass(wounded-4, herders-2) aux:pass(wounded-4, were-3)"
                    + " root(ROOT-0, wounded-4) case(mine-7, by-5) det(mine-7, a-6) obl:by(wounded-4, mine-7)"
                    + " punct(wounded-4, .-8)")
            .build();

    private final SemgrexEngine engine = new SemgrexEngine();

    @Test
    void namedNodesComeBackAsTokenIndices() {
        DependencyPatterns rules = engine.compile(List.of(new PatternRule("test.passive",
                "{lemma:wound;tag:VBN}=outcome >/nsubj:pass/ ({}=victims >nummod {}=count) ?>/obl:by/ {}=cause")));
        List<PatternMatch> matches = rules.match(PASSIVE);
        assertEquals(List.of(new PatternMatch("test.passive", 0,
                Map.of("outcome", 3, "victims", 1, "count", 0, "cause", 6))), matches);
    }

    @Test
    void anOptionalNodeLeftOutIsAbsent() {
        DependencyPatterns rules = engine.compile(List.of(new PatternRule("test.agent",
                "{tag:VBN}=outcome ?>/obl:agent/ {}=agent")));
        PatternMatch m = rules.match(PASSIVE).get(0);
        assertEquals(3, m.node("outcome"));
        assertEquals(-1, m.node("agent"));
    }

    @Test
    void rulesMatchInTheirOrderAndUnparsedSentencesMatchNothing() {
        DependencyPatterns rules = engine.compile(List.of(new PatternRule("b.second", "{tag:CD}=n"),
                new PatternRule("a.first", "{tag:NNS}=n")));
        assertEquals(List.of("b.second", "a.first"), rules.match(PASSIVE).stream().map(PatternMatch::rule).toList());
        Sentence unparsed = HandBuilt.sentence("Nine herders were wounded .").tags("CD NNS VBD VBN .").build();
        assertTrue(rules.match(unparsed).isEmpty());
    }

    @Test
    void aBadPatternIsNamedByItsRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine.compile(List.of(new PatternRule("casualty.broken", "{lemma:kill >nsubj"))));
        assertTrue(e.getMessage().startsWith("rule casualty.broken: "), e.getMessage());
    }
}
