package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;

/**
 * The text's own hierarchy ({@link Enclosures}) for toponyms found elsewhere: a corpus' gold spans, another tagger's.
 * The constructions are read over the text's tokens, and only set which toponym lies inside which: no toponym is
 * added or dropped. Thread-safe: holds only the thread-safe gazetteer.
 */
public final class TextHierarchy {
    private final Enclosures enclosures;

    public TextHierarchy(LuceneGazetteer gazetteer) {
        this.enclosures = new Enclosures(new NameFacts(Objects.requireNonNull(gazetteer)));
    }

    /** {@code toponyms} (spans of {@code text}'s body), each with the start of the one the text puts it in, or -1. */
    public List<Toponym> enclose(AnnotatedText text, List<Toponym> toponyms) {
        List<Toponym> sorted = new ArrayList<>(toponyms);
        sorted.sort(Comparator.comparingInt(Toponym::start));
        List<Toponym> out = new ArrayList<>(sorted);
        for (Sentence s : text.sentences()) {
            SentenceTags st = new SentenceTags(s.tokens(), text.text(), out, TaggingPolicy.GEOWEBNEWS, name -> true, true);
            boolean any = false;
            for (Toponym t : sorted) {
                any |= st.put(t);
            }
            if (any) {
                enclosures.apply(st, Set.of());
            }
        }
        return out;
    }
}
