package org.crosscheck.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
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
 * or tagged twice. Sentences longer than {@code maxTokens} stay unparsed: the rules read short clauses, and a
 * run-on list is where parsing costs most. The model loads in the constructor (about two seconds); {@link #parse}
 * is thread-safe.
 */
public final class CoreNlpDependencyParser implements DependencyParser {
    /** The longest sentence parsed by default, in tokens. */
    public static final int DEFAULT_MAX_TOKENS = 120;

    private final DependencyParseAnnotator annotator;
    private final int maxTokens;

    public CoreNlpDependencyParser() {
        this(DEFAULT_MAX_TOKENS);
    }

    public CoreNlpDependencyParser(int maxTokens) {
        Properties props = new Properties();
        props.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        this.annotator = new DependencyParseAnnotator(props);
        this.maxTokens = maxTokens;
    }

    @Override
    public AnnotatedText parse(AnnotatedText text, IntPredicate sentences) {
        List<Sentence> chosen = new ArrayList<>();
        List<CoreMap> maps = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (sentences.test(s.index()) && !s.tokens().isEmpty() && s.tokens().size() <= maxTokens) {
                CoreMap m = new ArrayCoreMap();
                List<CoreLabel> tokens = CoreLabels.of(s);
                m.set(CoreAnnotations.TokensAnnotation.class, tokens);
                m.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
                chosen.add(s);
                maps.add(m);
            }
        }
        if (chosen.isEmpty()) {
            return text;
        }
        Annotation doc = new Annotation(text.text());
        doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
        annotator.annotate(doc);
        List<Sentence> out = new ArrayList<>(text.sentences());
        for (int i = 0; i < chosen.size(); i++) {
            SemanticGraph g = maps.get(i).get(
                    SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) {
                Sentence s = chosen.get(i);
                out.set(s.index(), s.withDependencies(dependencies(g)));
            }
        }
        return new AnnotatedText(text.text(), text.anchor(), out);
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
