package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.corenlp.SemgrexEngine;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Dependency;
import org.crosscheck.text.DependencyParser;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.TextAnalyzer;
import org.crosscheck.text.Token;
import org.junit.jupiter.api.Test;

/**
 * A tagger that gives no part of speech, lemma or entity label (CoreNLP leaves a label unset when an annotator
 * is cut short) must not end an extraction in a NullPointerException: every stage reads tags through
 * {@link Token}, which gives "" for no tag, the word for no lemma and "O" for no entity. The tokens here are
 * built by hand with every label null, and parsed as a flat tree so that the rule files run on them too.
 */
class UnlabelledTokensTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    /** One sentence per line, tokens as words and marks, every label null. */
    private static final TextAnalyzer UNLABELLED = (text, anchor) -> {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            List<Token> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                tokens.add(new Token(tokens.size(), m.group(), lineStart + m.start(), lineStart + m.end(),
                        null, null, null, null));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).start(),
                        tokens.get(tokens.size() - 1).end(), tokens));
            }
            lineStart += line.length() + 1;
        }
        return new AnnotatedText(text, anchor, sentences);
    };

    /** Every token hangs from the first, so the Semgrex rules see nodes whose tag and entity were never set. */
    private static final DependencyParser FLAT = (text, selected) -> {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Dependency> deps = new ArrayList<>();
            deps.add(new Dependency(Dependency.ROOT, 0, "root"));
            for (int i = 1; i < s.tokens().size(); i++) {
                deps.add(new Dependency(0, i, i == 1 ? "nsubj:pass" : "obj"));
            }
            out.add(s.withDependencies(deps));
        }
        return new AnnotatedText(text.text(), text.anchor(), out);
    };

    private static final String BODY = """
            Rebels killed 12 soldiers and wounded dozens of villagers in an attack on Tuesday, the army said.
            Two officials were among the dead, a spokesman for the group told reporters on 3 March 2024.
            The ministry denied that 40 people had died, saying about 7 were killed.
            """;

    @Test
    void tokensBuiltWithoutLabelsReadAsUntagged() {
        Token t = new Token(0, "Killed", 0, 6, null, null, null, null);
        assertAll(
                () -> assertEquals("", t.pos()),
                () -> assertEquals("Killed", t.lemma()),
                () -> assertEquals(Token.NO_ENTITY, t.ner()),
                () -> assertFalse(t.isEntity()));
    }

    @Test
    void everyStageRunsOnTokensWithoutTags() {
        RuleBasedExtractor extractor = new RuleBasedExtractor(UNLABELLED, new Reports.NerPlaces(), FLAT,
                new SemgrexEngine());
        ReportSource source = new ReportSource("unlabelled.txt", null, null, null, LocalDate.of(2024, 3, 5), null,
                Map.of(), BODY, false);

        Extraction x = extractor.extract(source);

        assertTrue(UNLABELLED.analyze(BODY, null).sentences().stream().flatMap(s -> s.tokens().stream())
                .allMatch(tok -> tok.pos().isEmpty() && tok.lemma().equals(tok.word()) && !tok.isEntity()),
                "the hand-built tokens carry no tag");
        for (Claim c : x.claims()) {
            for (Span span : c.evidence()) {
                assertEquals(span.text(), BODY.substring(span.start(), span.end()), "claim " + c.id());
            }
        }
    }
}
