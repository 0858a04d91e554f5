package org.crosscheck.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Bounds on what one report asks of the tagger and the NER models, so that work and memory grow with the length
 * of a report and not faster. CoreNLP's CRF feature factory builds features over the characters of each word
 * and its taggers and SUTime over whole sentences: a 60,000-character "word" filled a 3 GB heap, and one
 * 20,000-token sentence (a list without a full stop, nested brackets, a document on one line) took minutes.
 *
 * <ul>
 *   <li>A run of more than {@link #MAX_TOKEN_CHARS} characters without white space (a title line gone wrong,
 *       a base64 blob, a URL with a long query) is no word of a report: it is blanked to spaces of the same
 *       length before analysis, so every offset still points into the body and the run simply yields no token.
 *   <li>A sentence of more than {@link #MAX_SENTENCE_TOKENS} tokens is cut into pieces of at most that many,
 *       at the last comma, semicolon or colon of a piece when it has one past its middle. News sentences are
 *       far shorter (the development set's longest is under 100 tokens); only lists and junk are cut.
 * </ul>
 * Stateless.
 */
final class InputLimits {
    static final int MAX_TOKEN_CHARS = 256;
    static final int MAX_SENTENCE_TOKENS = 150;
    private static final Set<String> SOFT_BREAKS = Set.of(",", ";", ":");

    private InputLimits() {
    }

    /** {@code text} with every white-space-free run longer than {@link #MAX_TOKEN_CHARS} turned into spaces. */
    static String blankLongRuns(String text) {
        char[] chars = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end - i > MAX_TOKEN_CHARS) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                Arrays.fill(chars, i, end, ' ');
            }
            i = end;
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Cuts the sentences of a tokenized and sentence-split document that are longer than
     * {@link #MAX_SENTENCE_TOKENS}, and renumbers the sentences and their tokens as the splitter would have.
     */
    static void splitLongSentences(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> size(s) <= MAX_SENTENCE_TOKENS)) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_SENTENCE_TOKENS) {
                out.add(s);
                continue;
            }
            int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int from = 0;
            while (from < tokens.size()) {
                int to = cut(tokens, from);
                out.add(piece(s, text, tokens.subList(from, to), tokenBegin + from));
                from = to;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int k = 0; k < tokens.size(); k++) {
                tokens.get(k).setIndex(k + 1);
                tokens.get(k).setSentIndex(i);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static int size(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** End (exclusive) of the piece starting at {@code from}. */
    private static int cut(List<CoreLabel> tokens, int from) {
        int hard = Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS);
        if (hard == tokens.size()) {
            return hard;
        }
        for (int k = hard - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
            if (SOFT_BREAKS.contains(tokens.get(k).word())) {
                return k + 1;
            }
        }
        return hard;
    }

    private static CoreMap piece(CoreMap sentence, String text, List<CoreLabel> tokens, int tokenBegin) {
        CoreMap p = new ArrayCoreMap(sentence);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        p.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        p.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
        return p;
    }
}
