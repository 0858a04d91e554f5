package org.crosscheck.corenlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.DependencyPatterns;
import org.crosscheck.text.PatternEngine;
import org.crosscheck.text.PatternMatch;
import org.crosscheck.text.PatternRule;
import org.crosscheck.text.Sentence;

/**
 * {@link PatternEngine} over CoreNLP's Semgrex. Node attributes are the tokens' {@code word}, {@code lemma},
 * {@code tag} and {@code ner}; relations are the UD enhanced++ names the parser gives, written between slashes
 * when they hold a colon ({@code >/nsubj:pass/}, {@code >/obl:by/}). Matching loads no model, so it runs on hand-built
 * sentences as well as parsed ones. Compiled patterns are immutable and each match builds its own matcher: thread-safe.
 */
public final class SemgrexEngine implements PatternEngine {
    @Override
    public DependencyPatterns compile(List<PatternRule> rules) {
        List<Compiled> compiled = new ArrayList<>();
        for (PatternRule r : rules) {
            try {
                compiled.add(new Compiled(r.id(), SemgrexPattern.compile(r.pattern())));
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                String why = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").trim();
                throw new IllegalArgumentException("rule " + r.id() + ": the pattern does not compile: " + why, e);
            }
        }
        return sentence -> match(compiled, sentence);
    }

    private record Compiled(String id, SemgrexPattern pattern) {
    }

    private static List<PatternMatch> match(List<Compiled> rules, Sentence sentence) {
        if (!sentence.isParsed() || rules.isEmpty()) {
            return List.of();
        }
        SemanticGraph graph = graph(sentence);
        List<PatternMatch> out = new ArrayList<>();
        for (Compiled rule : rules) {
            Set<Map<String, Integer>> seen = new LinkedHashSet<>();
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                Map<String, Integer> nodes = new TreeMap<>();
                for (String name : m.getNodeNames()) {
                    IndexedWord w = m.getNode(name);
                    if (w != null) {
                        nodes.put(name, w.index() - 1);
                    }
                }
                if (seen.add(nodes)) {
                    out.add(new PatternMatch(rule.id(), sentence.index(), nodes));
                }
            }
        }
        return out;
    }

    /** The sentence's tokens and arcs as a Semgrex graph. */
    static SemanticGraph graph(Sentence sentence) {
        List<CoreLabel> labels = CoreLabels.of(sentence);
        IndexedWord[] nodes = new IndexedWord[labels.size()];
        SemanticGraph g = new SemanticGraph();
        for (Dependency d : sentence.dependencies()) {
            IndexedWord dep = node(g, nodes, labels, d.dependent());
            if (d.governor() == Dependency.ROOT) {
                g.addRoot(dep);
            } else {
                IndexedWord gov = node(g, nodes, labels, d.governor());
                g.addEdge(gov, dep, GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()), 1.0,
                        false);
            }
        }
        return g;
    }

    private static IndexedWord node(SemanticGraph g, IndexedWord[] nodes, List<CoreLabel> labels, int i) {
        if (nodes[i] == null) {
            nodes[i] = new IndexedWord(labels.get(i));
            g.addVertex(nodes[i]);
        }
        return nodes[i];
    }
}
