package org.crosscheck.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.DependencyParser;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;
import org.crosscheck.text.TextAnalyzer;

/**
 * A model-free stand-in for CoreNLP in the property tests: tokens from a regular expression, tags, lemmas,
 * entity labels and numbers from small tables, and a two-level dependency tree (nouns on the first verb, the
 * rest on the noun they precede). The analysis is crude on purpose: it gives the rule stages sentences of the
 * shapes they read (counts before nouns, passives, places after "in", parties before "said") in milliseconds, so
 * that many generated reports go through every stage in the default test run. Sentences are cut at
 * {@value #MAX_SENTENCE_TOKENS} tokens, as the production analyzer cuts them.
 */
final class LightAnalyzer implements TextAnalyzer, DependencyParser {
    static final int MAX_SENTENCE_TOKENS = 150;
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'’-]*|\\p{N}+(?:[,.]\\p{N}+)*|\\S");
    private static final Map<String, String> FUNCTION_TAGS = Map.ofEntries(
            Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("some", "DT"),
            Map.entry("no", "DT"), Map.entry("both", "DT"), Map.entry("another", "DT"), Map.entry("its", "PRP$"),
            Map.entry("their", "PRP$"), Map.entry("they", "PRP"), Map.entry("he", "PRP"), Map.entry("it", "PRP"),
            Map.entry("in", "IN"), Map.entry("on", "IN"), Map.entry("at", "IN"), Map.entry("near", "IN"),
            Map.entry("of", "IN"), Map.entry("by", "IN"), Map.entry("from", "IN"), Map.entry("after", "IN"),
            Map.entry("during", "IN"), Map.entry("among", "IN"), Map.entry("under", "IN"), Map.entry("than", "IN"),
            Map.entry("to", "TO"), Map.entry("and", "CC"), Map.entry("or", "CC"), Map.entry("but", "CC"),
            Map.entry("which", "WDT"), Map.entry("who", "WP"), Map.entry("not", "RB"), Map.entry("also", "RB"),
            Map.entry("least", "JJS"), Map.entry("more", "JJR"), Map.entry("several", "JJ"),
            Map.entry("dozens", "NNS"), Map.entry("dead", "JJ"), Map.entry("full", "JJ"));
    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("is", "be"), Map.entry("are", "be"),
            Map.entry("been", "be"), Map.entry("has", "have"), Map.entry("have", "have"), Map.entry("had", "have"),
            Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("shot", "shoot"), Map.entry("left", "leave"),
            Map.entry("fell", "fall"), Map.entry("overran", "overrun"), Map.entry("burnt", "burn"),
            Map.entry("denied", "deny"), Map.entry("died", "die"), Map.entry("seized", "seize"),
            Map.entry("captured", "capture"), Map.entry("destroyed", "destroy"), Map.entry("damaged", "damage"),
            Map.entry("razed", "raze"), Map.entry("looted", "loot"), Map.entry("injured", "injure"));
    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("ten", 10L),
            Map.entry("twelve", 12L), Map.entry("twenty", 20L), Map.entry("hundred", 100L),
            Map.entry("thousand", 1000L), Map.entry("million", 1_000_000L));
    private static final Set<String> AUX = Set.of("be", "have");
    private static final Set<String> ORGANISATION_WORDS = Set.of("Army", "Front", "Forces", "Police", "Movement",
            "Ministry", "Council");

    @Override
    public AnnotatedText analyze(String text, LocalDate anchor) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            tokens.add(token(tokens, w, m.start(), m.end()));
            if (w.equals(".") || w.equals("!") || w.equals("?") || tokens.size() == MAX_SENTENCE_TOKENS) {
                sentences.add(sentence(sentences.size(), tokens));
                tokens = new ArrayList<>();
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(sentence(sentences.size(), tokens));
        }
        return new AnnotatedText(text, anchor, sentences);
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        List<Token> renumbered = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            renumbered.add(new Token(i, t.word(), t.start(), t.end(), t.pos(), t.lemma(), t.ner(), t.normalized()));
        }
        return new Sentence(index, renumbered.get(0).start(), renumbered.get(renumbered.size() - 1).end(), renumbered);
    }

    private static Token token(List<Token> before, String w, int start, int end) {
        String lower = w.toLowerCase(Locale.ROOT);
        Token prev = before.isEmpty() ? null : before.get(before.size() - 1);
        int i = before.size();
        if (Character.isDigit(w.charAt(0))) {
            String digits = w.replace(",", "");
            if (digits.matches("(19|20)\\d\\d")) {
                return new Token(i, w, start, end, "CD", w, "DATE", digits);
            }
            String value = digits.matches("\\d{1,15}(\\.\\d+)?") ? digits : null;
            return new Token(i, w, start, end, "CD", w, "NUMBER", value);
        }
        if (NUMBER_WORDS.containsKey(lower)) {
            return new Token(i, w, start, end, "CD", lower, "NUMBER", String.valueOf(NUMBER_WORDS.get(lower)));
        }
        if (!Character.isLetter(w.codePointAt(0))) {
            return new Token(i, w, start, end, w, w, Token.NO_ENTITY, null);
        }
        if (FUNCTION_TAGS.containsKey(lower)) {
            return new Token(i, w, start, end, FUNCTION_TAGS.get(lower), lower, Token.NO_ENTITY, null);
        }
        if (VERBS.containsKey(lower)) {
            String lemma = VERBS.get(lower);
            String tag = prev != null && AUX.contains(prev.lemma()) ? "VBN" : "VBD";
            return new Token(i, w, start, end, tag, lemma, Token.NO_ENTITY, null);
        }
        boolean sentenceStart = prev == null || prev.word().equals(".");
        if (Character.isUpperCase(w.codePointAt(0)) && !sentenceStart) {
            String ner = ORGANISATION_WORDS.contains(w) || prev.ner().equals("ORGANIZATION") ? "ORGANIZATION"
                    : Set.of("in", "near", "of").contains(prev.lemma()) || prev.ner().equals("LOCATION") ? "LOCATION"
                    : "PERSON";
            return new Token(i, w, start, end, "NNP", w, ner, null);
        }
        if (lower.endsWith("ed") && lower.length() > 4) {
            String tag = prev != null && AUX.contains(prev.lemma()) ? "VBN" : "VBD";
            return new Token(i, w, start, end, tag, lower.substring(0, lower.length() - 2), Token.NO_ENTITY, null);
        }
        if (lower.endsWith("ing") && lower.length() > 5) {
            return new Token(i, w, start, end, "VBG", lower.substring(0, lower.length() - 3), Token.NO_ENTITY, null);
        }
        if (lower.endsWith("ly") && lower.length() > 4) {
            return new Token(i, w, start, end, "RB", lower, Token.NO_ENTITY, null);
        }
        if (lower.endsWith("s") && lower.length() > 3 && !lower.endsWith("ss")) {
            return new Token(i, w, start, end, "NNS", lower.substring(0, lower.length() - 1), Token.NO_ENTITY, null);
        }
        return new Token(i, w, start, end, "NN", lower, Token.NO_ENTITY, null);
    }

    /**
     * Root: the first verb that is not an auxiliary (else the first token). Nouns hang on the root (subject
     * before it, passive subject before a passive, object after it), everything else on the next noun, or on
     * the root when no noun follows. Two levels, so never a cycle.
     */
    @Override
    public AnnotatedText parse(AnnotatedText text, IntPredicate sentences) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            out.add(sentences.test(s.index()) ? s.withDependencies(tree(s.tokens())) : s);
        }
        return new AnnotatedText(text.text(), text.anchor(), out);
    }

    private static List<Dependency> tree(List<Token> ts) {
        int root = 0;
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).pos().startsWith("VB") && !AUX.contains(ts.get(i).lemma())) {
                root = i;
                break;
            }
        }
        boolean passive = root > 0 && AUX.contains(ts.get(root - 1).lemma());
        List<Dependency> deps = new ArrayList<>();
        deps.add(new Dependency(Dependency.ROOT, root, "root"));
        for (int i = 0; i < ts.size(); i++) {
            if (i == root) {
                continue;
            }
            Token t = ts.get(i);
            if (noun(t)) {
                deps.add(new Dependency(root, i, i < root ? (passive ? "nsubj:pass" : "nsubj") : "obj"));
                continue;
            }
            int head = root;
            for (int k = i + 1; k < ts.size(); k++) {
                if (noun(ts.get(k))) {
                    head = k;
                    break;
                }
            }
            String relation = switch (t.pos()) {
                case "CD" -> "nummod";
                case "DT", "PRP$" -> "det";
                case "JJ", "JJS", "JJR" -> "amod";
                case "IN", "TO" -> "case";
                case "CC" -> "cc";
                default -> AUX.contains(t.lemma()) ? (passive ? "aux:pass" : "aux")
                        : t.pos().startsWith("VB") ? "conj" : Character.isLetterOrDigit(t.word().codePointAt(0))
                        ? "dep" : "punct";
            };
            if (relation.startsWith("aux") || relation.equals("punct") || relation.equals("conj")) {
                head = root;
            }
            deps.add(new Dependency(head, i, relation));
        }
        return deps;
    }

    private static boolean noun(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP");
    }
}
