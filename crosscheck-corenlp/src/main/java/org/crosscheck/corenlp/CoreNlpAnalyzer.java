package org.crosscheck.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;
import org.crosscheck.text.TextAnalyzer;

/**
 * {@link TextAnalyzer} over Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner. The pipelines are built once in
 * the constructor (about seven seconds, most of it loading the NER models); {@link #analyze} is thread-safe, so
 * one instance serves every worker thread of a process.
 *
 * <p>Three choices make it fast enough for news at scale. Fine-grained NER (CITY, COUNTRY, NATIONALITY…) is off:
 * the gazetteer knows places and demonyms better than its word lists. NER uses the 3-class and CoNLL 4-class
 * models but not the MUC 7-class one, whose dates and money SUTime gives anyway. And SUTime with the number
 * classifiers — three quarters of the pipeline's time — runs in a second, model-free NER pass only over the
 * sentences that hold a digit or a time word, since it finds nothing in the others. Every newline ends a
 * sentence, because scraped and corpus-rebuilt reports carry one sentence or one paragraph per line without
 * final punctuation.
 *
 * <p>Work per report is bounded ({@link InputLimits}): over-long runs without white space are blanked and
 * over-long sentences cut between tokenizing and tagging, so the taggers never see a giant word or sentence.
 * Analysis stops with {@link edu.stanford.nlp.util.RuntimeInterruptedException} when its thread is interrupted
 * (CoreNLP checks between annotators; this class between its passes), which is how a time budget ends it.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    private static final Set<String> NUMERIC_LABELS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER",
            "ORDINAL", "MONEY", "PERCENT");
    /** Words without which SUTime and the number classifiers find nothing in a sentence. */
    private static final Pattern TIME_OR_NUMBER = Pattern.compile("\\d|\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug"
            + "|sep|sept|oct|nov|dec)\\.?|january|february|march|april|june|july|august|september|october|november"
            + "|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow"
            + "|(?:night|morning|afternoon|evening|dawn|dusk|noon|midnight|day|week|month|year|decade|century"
            + "|hour|minute|weekend|season|era|time)s?|centuries|future|ago|earlier|later|last|next|recent|recently|since|until"
            + "|till|overnight|now|current|currently|past|present|spring|summer|autumn|fall|winter|daily|weekly"
            + "|monthly|annual|annually|yearly|fortnight|christmas|ramadan|eid|easter|once|twice|zero|one|two"
            + "|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?"
            + "|thousands?|millions?|billions?|dozens?|first|second|third|fourth|fifth|half|quarter|percent"
            + "|dollars?|euros?|pounds?|am|pm|a\\.m|p\\.m|gmt|utc)\\b");

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP numbersAndTimes;

    public CoreNlpAnalyzer() {
        this(new Properties());
    }

    /** @param overrides CoreNLP properties that replace the defaults below (the adapter's own property bag). */
    public CoreNlpAnalyzer(Properties overrides) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,"
                + "splitHyphenated=false");
        // Second guards behind InputLimits' cut: sentences longer than this are left untagged, never slow.
        props.setProperty("pos.maxlen", Integer.toString(InputLimits.MAX_SENTENCE_TOKENS));
        props.setProperty("ner.maxlen", Integer.toString(InputLimits.MAX_SENTENCE_TOKENS));
        props.putAll(overrides);
        // tokenize and ssplit apart from the taggers, so that long sentences are cut in between
        Properties splitting = new Properties();
        splitting.putAll(props);
        splitting.setProperty("annotators", "tokenize,ssplit");
        split = new StanfordCoreNLP(splitting);
        Properties tagging = new Properties();
        tagging.putAll(props);
        tagging.setProperty("annotators", props.getProperty("annotators").replaceAll("\\b(?:tokenize|ssplit),", ""));
        pipeline = new StanfordCoreNLP(tagging, false);
        Properties numeric = new Properties();
        numeric.setProperty("annotators", "ner");
        numeric.setProperty("ner.model", "");
        numeric.setProperty("ner.applyFineGrained", "false");
        numeric.setProperty("ner.buildEntityMentions", "false");
        numeric.setProperty("ner.useSUTime", "true");
        numeric.setProperty("ner.applyNumericClassifiers", "true");
        numbersAndTimes = new StanfordCoreNLP(numeric, false);
    }

    @Override
    public AnnotatedText analyze(String text, LocalDate anchor) {
        Annotation doc = new Annotation(InputLimits.blankLongRuns(text));
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        split.annotate(doc);
        InputLimits.splitLongSentences(doc);
        pipeline.annotate(doc);
        if (Thread.interrupted()) {
            throw new RuntimeInterruptedException();
        }
        labelNumbersAndTimes(doc, anchor);
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

    /**
     * Runs SUTime and the number classifiers over copies of the sentences that may hold a time or a number, then
     * gives their labels to the tokens the CRF models left unlabelled or called MISC.
     */
    private void labelNumbersAndTimes(Annotation doc, LocalDate anchor) {
        List<CoreMap> candidates = new ArrayList<>();
        List<List<CoreLabel>> originals = new ArrayList<>();
        List<CoreLabel> allCopies = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            String sentenceText = s.get(CoreAnnotations.TextAnnotation.class);
            if (sentenceText == null || !TIME_OR_NUMBER.matcher(sentenceText.toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> copies = new ArrayList<>();
            for (CoreLabel t : tokens) {
                CoreLabel c = new CoreLabel(t);
                c.setNER("O");
                c.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                copies.add(c);
            }
            CoreMap copy = new ArrayCoreMap(s);
            copy.set(CoreAnnotations.TokensAnnotation.class, copies);
            candidates.add(copy);
            originals.add(tokens);
            allCopies.addAll(copies);
        }
        if (candidates.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, candidates);
        part.set(CoreAnnotations.TokensAnnotation.class, allCopies);
        if (anchor != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        numbersAndTimes.annotate(part);
        for (int i = 0; i < candidates.size(); i++) {
            List<CoreLabel> labelled = candidates.get(i).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> tokens = originals.get(i);
            for (int k = 0; k < tokens.size(); k++) {
                CoreLabel t = tokens.get(k);
                CoreLabel l = labelled.get(k);
                // SUTime knows "GMT" and "Christmas" better than the CRF models' MISC
                if (("O".equals(t.ner()) || "MISC".equals(t.ner())) && NUMERIC_LABELS.contains(l.ner())) {
                    t.setNER(l.ner());
                    t.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class,
                            l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
                }
            }
        }
    }
}
