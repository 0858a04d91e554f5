package org.crosscheck.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences and texts built by hand for stage tests, in the spirit of Lucene's {@code assertAnalyzesTo}: the
 * tokens, their tags, lemmas, entity labels and dependency arcs are written out, so a stage is tested on exactly
 * the analysis it reads, without loading an NLP model. Tokens are separated by single spaces; the text glues
 * punctuation to the word before it as English prints it, and offsets follow that text.
 *
 * <pre>{@code
 * AnnotatedText t = HandBuilt.sentence("Eight villagers were reportedly killed .")
 *         .tags("CD NNS VBD RB VBN .")
 *         .lemmas("eight villager be reportedly kill .")
 *         .ner("NUMBER O O O O O")
 *         .deps("nummod(villagers-2, Eight-1) nsubj:pass(killed-5, villagers-2) aux:pass(killed-5, were-3)"
 *                 + " advmod(killed-5, reportedly-4) root(ROOT-0, killed-5) punct(killed-5, .-6)")
 *         .text();
 * }</pre>
 *
 * Dependencies use CoreNLP's printed form {@code relation(governor-i, dependent-j)}, counting tokens from 1 and
 * the root as {@code ROOT-0}, so a parser's output can be pasted in; words are checked against the tokens.
 */
public final class HandBuilt {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "'s", "’s", "n't",
            "%", "'");
    private static final Pattern ARC = Pattern.compile("([\\w:]+)\\((\\S+)-(\\d+)'*, (\\S+)-(\\d+)'*\\)");

    private final List<String> words;
    private List<String> tags;
    private List<String> lemmas;
    private List<String> ner;
    private final List<String> normalized;
    private final List<Dependency> deps = new ArrayList<>();

    private HandBuilt(List<String> words) {
        this.words = words;
        this.normalized = new ArrayList<>(java.util.Collections.nCopies(words.size(), null));
    }

    /** A sentence of space-separated tokens; unless told, no tags, no entities, lemmas the lower-cased words. */
    public static HandBuilt sentence(String tokens) {
        return new HandBuilt(List.of(tokens.trim().split(" +")));
    }

    /** Part-of-speech tags, one per token. */
    public HandBuilt tags(String tags) {
        this.tags = split(tags, "tags");
        return this;
    }

    /** Lemmas, one per token; {@code _} keeps the lower-cased word. */
    public HandBuilt lemmas(String lemmas) {
        this.lemmas = split(lemmas, "lemmas");
        return this;
    }

    /** Entity labels, one per token ({@code O} for none). */
    public HandBuilt ner(String labels) {
        this.ner = split(labels, "ner");
        return this;
    }

    /** The normalised value (a number, a date) of token {@code index} (from 0). */
    public HandBuilt normalized(int index, String value) {
        normalized.set(index, value);
        return this;
    }

    /** Dependency arcs in CoreNLP's printed form, separated by spaces. */
    public HandBuilt deps(String arcs) {
        Matcher m = ARC.matcher(arcs);
        int end = 0;
        while (m.find()) {
            if (!arcs.substring(end, m.start()).isBlank()) {
                throw new IllegalArgumentException("not an arc: '" + arcs.substring(end, m.start()).trim() + "'");
            }
            int gov = Integer.parseInt(m.group(3)) - 1;
            int dep = Integer.parseInt(m.group(5)) - 1;
            check(m.group(2), gov);
            check(m.group(4), dep);
            deps.add(new Dependency(m.group(1).equals("root") ? Dependency.ROOT : gov, dep, m.group(1)));
            end = m.end();
        }
        if (!arcs.substring(end).isBlank()) {
            throw new IllegalArgumentException("not an arc: '" + arcs.substring(end).trim() + "'");
        }
        return this;
    }

    /** The sentence as the first (and only) sentence of a text. */
    public Sentence build() {
        return build(0, 0);
    }

    /** The sentence, numbered {@code index}, starting at {@code offset} of its text. */
    public Sentence build(int index, int offset) {
        List<Token> tokens = new ArrayList<>();
        int at = offset;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0 && !glued(i)) {
                at++;
            }
            String lemma = lemmas == null || lemmas.get(i).equals("_") ? w.toLowerCase(java.util.Locale.ROOT)
                    : lemmas.get(i);
            tokens.add(new Token(i, w, at, at + w.length(), tags == null ? "" : tags.get(i), lemma,
                    ner == null ? Token.NO_ENTITY : ner.get(i), normalized.get(i)));
            at += w.length();
        }
        return new Sentence(index, offset, at, tokens, deps);
    }

    /** The words as printed, the text of {@link #build()}. */
    public String string() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.append(i > 0 && !glued(i) ? " " : "").append(words.get(i));
        }
        return sb.toString();
    }

    /** A text of this one sentence. */
    public AnnotatedText text() {
        return text(LocalDate.of(2025, 3, 14), this);
    }

    /** A text of the sentences in order, one space apart, published on {@code anchor}. */
    public static AnnotatedText text(LocalDate anchor, HandBuilt... sentences) {
        StringBuilder body = new StringBuilder();
        List<Sentence> built = new ArrayList<>();
        for (HandBuilt s : sentences) {
            if (body.length() > 0) {
                body.append(' ');
            }
            built.add(s.build(built.size(), body.length()));
            body.append(s.string());
        }
        return new AnnotatedText(body.toString(), anchor, built);
    }

    private boolean glued(int i) {
        return NO_SPACE_BEFORE.contains(words.get(i)) || words.get(i - 1).equals("(");
    }

    private List<String> split(String values, String what) {
        List<String> out = Arrays.asList(values.trim().split(" +"));
        if (out.size() != words.size()) {
            throw new IllegalArgumentException(what + ": " + out.size() + " values for " + words.size() + " tokens");
        }
        return out;
    }

    private void check(String word, int index) {
        if (word.equals("ROOT") && index == -1) {
            return;
        }
        if (index < 0 || index >= words.size() || !words.get(index).equals(word)) {
            throw new IllegalArgumentException("token " + (index + 1) + " is not '" + word + "'");
        }
    }
}
