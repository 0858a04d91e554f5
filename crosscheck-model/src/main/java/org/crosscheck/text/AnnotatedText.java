package org.crosscheck.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with its sentences and tokens, as a {@link TextAnalyzer} produced them. {@code anchor} is the date
 * relative dates were resolved against (the publication date), or {@code null}. Immutable.
 */
public record AnnotatedText(String text, LocalDate anchor, List<Sentence> sentences) {
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        for (Sentence s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s.index() + " ends past the text");
            }
        }
    }

    /** Every token, sentence after sentence. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        sentences.forEach(s -> all.addAll(s.tokens()));
        return all;
    }

    /** The sentence holding {@code offset}, or {@code null}. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Runs of consecutive tokens with the same entity label (and the same normalised value, so two adjacent
     * dates stay apart), in text order.
     */
    public List<EntityMention> mentions() {
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> ts = s.tokens();
            int i = 0;
            while (i < ts.size()) {
                Token first = ts.get(i);
                if (!first.isEntity()) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < ts.size() && ts.get(j + 1).ner().equals(first.ner())
                        && Objects.equals(ts.get(j + 1).normalized(), first.normalized())) {
                    j++;
                }
                Token last = ts.get(j);
                out.add(new EntityMention(first.ner(), first.start(), last.end(),
                        text.substring(first.start(), last.end()), s.index(), i, j, first.normalized()));
                i = j + 1;
            }
        }
        return out;
    }
}
