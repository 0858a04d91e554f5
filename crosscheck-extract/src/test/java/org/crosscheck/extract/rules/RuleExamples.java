package org.crosscheck.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.crosscheck.extract.lexicon.LexiconFile;
import org.crosscheck.text.PatternRule;

/**
 * The examples files of the stages' rule files, for their parameterised tests: one line an example, tab-separated
 * fields, {@code #} comments, read by the lexicon's reader so that a short line fails naming its file and line;
 * and the check that the rules and the examples name each other.
 */
public final class RuleExamples {
    private RuleExamples() {
    }

    /**
     * The examples in {@code file}, a resource beside {@code anchor}, each line of at least {@code fields} fields
     * made into one example by {@code example}.
     */
    public static <T> List<T> read(Class<?> anchor, String file, int fields, Function<List<String>, T> example) {
        return LexiconFile.read(anchor, file, fields).stream().map(l -> example.apply(l.fields())).toList();
    }

    /** The ids of the rules in {@code file}, a rule file beside {@code anchor}. */
    public static Set<String> ruleIds(Class<?> anchor, String file) {
        return new TreeSet<>(RuleFile.load(anchor, file).stream().map(PatternRule::id).toList());
    }

    /**
     * Every rule has an example and every example names a rule; every rule id starts with {@code prefix} (the
     * stage's name, so that a claim's {@code rule} field tells the stage).
     */
    public static void assertEveryRuleExemplified(Set<String> rules, Collection<String> exemplified, String prefix) {
        assertEquals(rules, new TreeSet<>(exemplified), "rules (left) and the rules the examples name (right)");
        assertTrue(rules.stream().allMatch(id -> id.startsWith(prefix)), () -> "ids not starting '" + prefix + "': "
                + rules);
    }
}
