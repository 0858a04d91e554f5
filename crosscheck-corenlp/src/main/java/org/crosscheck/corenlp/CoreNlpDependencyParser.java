package org.crosscheck.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.IntPredicate;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.DependencyParser;
import org.crosscheck.text.Sentence;

/**
 * {@link DependencyParser} over CoreNLP's neural dependency parser ({@code depparse}, English UD model), giving
 * the enhanced++ graph. It parses the analyzer's own tokens with their tags and lemmas, so nothing is tokenized
 * or tagged twice, and builds only the enhanced++ graph (the {@code depparse} annotator would build five). Sentences
 * longer than {@code maxTokens} stay unparsed: the rules read short clauses, and a run-on list is where parsing costs
 * most. The model loads in the constructor (about two seconds); {@link #parse} is thread-safe.
 */
public final class CoreNlpDependencyParser implements DependencyParser {
    /** The longest sentence parsed by default, in tokens. */
    public static final int DEFAULT_MAX_TOKENS = 120;

    private final edu.stanford.nlp.parser.nndep.DependencyParser model;
    private final int maxTokens;

    public CoreNlpDependencyParser() {
        this(DEFAULT_MAX_TOKENS);
    }

    public CoreNlpDependencyParser(int maxTokens) {
        this.model = edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(
                "edu/stanford/nlp/models/parser/nndep/english_UD.gz", new Properties());
        this.maxTokens = maxTokens;
    }

    @Override
    public AnnotatedText parse(AnnotatedText text, IntPredicate sentences) {
        List<Sentence> out = null;
        for (Sentence s : text.sentences()) {
            if (!sentences.test(s.index()) || s.tokens().isEmpty() || s.tokens().size() > maxTokens) {
                continue;
            }
            CoreMap m = new ArrayCoreMap();
            m.set(CoreAnnotations.TokensAnnotation.class, CoreLabels.of(s));
            m.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
            SemanticGraph g = SemanticGraphFactory.generateEnhancedPlusPlusDependencies(model.predict(m));
            if (out == null) {
                out = new ArrayList<>(text.sentences());
            }
            out.set(s.index(), s.withDependencies(dependencies(g)));
        }
        return out == null ? text : new AnnotatedText(text.text(), text.anchor(), out);
    }

    /**
     * The graph's arcs as the model's, indices from 0. The copy nodes enhanced++ adds for elided predicates
     * ("killed" standing again for "wounded" in "two were killed and five wounded") have no token of their own
     * and are left out.
     */
    static List<Dependency> dependencies(SemanticGraph g) {
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            if (root.copyCount() == 0) {
                out.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
            }
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            IndexedWord gov = e.getGovernor();
            IndexedWord dep = e.getDependent();
            if (gov.copyCount() == 0 && dep.copyCount() == 0 && gov.index() != dep.index()) {
                out.add(new Dependency(gov.index() - 1, dep.index() - 1, e.getRelation().toString()));
            }
        }
        out.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
                .thenComparing(Dependency::relation));
        return out;
    }
}
