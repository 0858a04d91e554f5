package org.crosscheck.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.DependencyPatterns;
import org.crosscheck.text.PatternMatch;
import org.crosscheck.text.Sentence;

/**
 * The speakers of reporting verbs as the rules of {@code reporting-speakers.semgrex} read them from a parsed
 * sentence: a verb's subjects, else its passive agent; the source of an "according to" phrase. Empty on a
 * sentence without a parse, where the resolver falls back to the words. Immutable and thread-safe.
 */
public final class SpeakerRules {
    /** The rule file, relative to this package. */
    public static final String RULES = "reporting-speakers.semgrex";

    private final DependencyPatterns patterns;

    public SpeakerRules(DependencyPatterns patterns) {
        this.patterns = Objects.requireNonNull(patterns);
    }

    /**
     * The heads of the speakers of the verb at {@code verb}: its subjects (each conjunct: "Damascus and Moscow
     * denied"), else a passive's agent ("was denied by the army").
     */
    public List<Integer> speakers(Sentence s, int verb) {
        if (!s.isParsed()) {
            return List.of();
        }
        List<PatternMatch> matches = patterns.match(s);
        List<Integer> out = heads(matches, "attribution.subject", verb);
        if (out.isEmpty()) {
            out = heads(matches, "attribution.passive-agent", verb);
        }
        for (int i = 0, n = out.size(); i < n; i++) {
            for (Dependency d : s.dependentsOf(out.get(i))) {
                if (d.relation().startsWith("conj") && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /** The head of the source an "according to" phrase names when the parse attaches one ("according to the agency"). */
    public Optional<Integer> accordingTo(Sentence s, int according) {
        if (!s.isParsed()) {
            return Optional.empty();
        }
        return patterns.match(s).stream().filter(m -> m.rule().equals("attribution.according-to"))
                .map(m -> m.nodes().get("speaker"))
                .filter(h -> s.dependentsOf(h).stream().anyMatch(d -> d.dependent() == according))
                .findFirst();
    }

    private static List<Integer> heads(List<PatternMatch> matches, String rule, int verb) {
        List<Integer> out = new ArrayList<>();
        for (PatternMatch m : matches) {
            Integer speaker = m.nodes().get("speaker");
            if (m.rule().equals(rule) && Objects.equals(m.nodes().get("verb"), verb) && !out.contains(speaker)) {
                out.add(speaker);
            }
        }
        return out;
    }
}
