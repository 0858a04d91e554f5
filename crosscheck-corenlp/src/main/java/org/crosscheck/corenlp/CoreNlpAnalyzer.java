package org.crosscheck.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;
import org.crosscheck.text.TextAnalyzer;

/**
 * {@link TextAnalyzer} over Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner. The pipeline is built once in
 * the constructor (about three seconds, most of it loading the NER models); {@link #analyze} is thread-safe, so
 * one instance serves every worker thread of a process.
 *
 * <p>Fine-grained NER (CITY, COUNTRY, NATIONALITY…) is off: on an 800-word report it costs about a second more
 * than the rest of the pipeline together, and the gazetteer knows places and demonyms better than its word lists.
 * Every newline ends a sentence, because scraped and corpus-rebuilt reports carry one sentence or one paragraph
 * per line without final punctuation.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    private final StanfordCoreNLP pipeline;

    public CoreNlpAnalyzer() {
        this(new Properties());
    }

    /** @param overrides CoreNLP properties that replace the defaults below (the adapter's own property bag). */
    public CoreNlpAnalyzer(Properties overrides) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,"
                + "splitHyphenated=false");
        props.putAll(overrides);
        pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public AnnotatedText analyze(String text, LocalDate anchor) {
        Annotation doc = new Annotation(text);
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = t.beginPosition();
                int end = t.endPosition();
                tokens.add(new Token(tokens.size(), text.substring(start, end), start, end, t.tag(), t.lemma(),
                        t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            sentences.add(new Sentence(sentences.size(), tokens.get(0).start(),
                    tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new AnnotatedText(text, anchor, sentences);
    }
}
