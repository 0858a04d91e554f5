package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/** Test helpers: the fixture gazetteer and hand-annotated texts. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LuceneGazetteer gazetteer(Path dir) {
        return gazetteer(dir, "gazetteer-fixture");
    }

    /** The gazetteer built in {@code dir}/gazetteer from the fixture sources folder {@code sources}. */
    static LuceneGazetteer gazetteer(Path dir, String sources) {
        try {
            return LuceneGazetteer.open(dir.resolve("gazetteer"), resource(sources));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like Lucene's assertAnalyzesTo: the toponyms' texts in order, each at the offsets of its first occurrence in
     * {@code text} after the previous one.
     */
    static void assertToponyms(String text, TaggedText tagged, String... texts) {
        List<Toponym> ts = tagged.toponyms();
        assertEquals(List.of(texts), ts.stream().map(Toponym::text).toList());
        int from = 0;
        for (int i = 0; i < texts.length; i++) {
            int start = text.indexOf(texts[i], from);
            assertEquals(start, ts.get(i).start(), "start of " + texts[i]);
            assertEquals(start + texts[i].length(), ts.get(i).end(), "end of " + texts[i]);
            from = start + 1;
        }
    }

    /**
     * Tokenises {@code text} (one sentence per line), tags capitalised words NNP and others NN, and labels
     * tokens by {@code ner} (word sequence → label, as a tagger would have), everything else O.
     */
    static AnnotatedText annotate(String text, Map<String, String> ner) {
        return annotate(text, ner, Map.of());
    }

    /** As {@link #annotate(String, Map)}, with the part of speech of the words in {@code pos} as given there. */
    static AnnotatedText annotate(String text, Map<String, String> ner, Map<String, String> pos) {
        List<Sentence> sentences = new ArrayList<>();
        PlainTokens.Labeller byCase = new PlainTokens.Labeller() {
            @Override
            public String pos(String w) {
                return pos.containsKey(w) ? pos.get(w) : Character.isUpperCase(w.codePointAt(0)) ? "NNP"
                        : Character.isLetter(w.codePointAt(0)) ? "NN" : w;
            }
        };
        for (Sentence s : PlainTokens.sentences(text, byCase)) {
            List<Token> tokens = new ArrayList<>(s.tokens());
            for (Map.Entry<String, String> e : ner.entrySet()) {
                String[] words = e.getKey().split(" ");
                for (int i = 0; i + words.length <= tokens.size(); i++) {
                    boolean match = true;
                    for (int k = 0; k < words.length && match; k++) {
                        match = tokens.get(i + k).word().equals(words[k]);
                    }
                    if (match) {
                        for (int k = 0; k < words.length; k++) {
                            Token t = tokens.get(i + k);
                            tokens.set(i + k, new Token(t.index(), t.word(), t.start(), t.end(), t.pos(), t.lemma(),
                                    e.getValue(), null));
                        }
                    }
                }
            }
            sentences.add(new Sentence(s.index(), s.start(), s.end(), tokens));
        }
        return new AnnotatedText(text, null, sentences);
    }
}
