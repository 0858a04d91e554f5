package org.crosscheck.extract.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Span;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * What every rule stage reads about one report: its source, the analysed body, the places found in it, the
 * paragraph each sentence belongs to, and the place mentions that say where nothing happened (a comparison, where a
 * source speaks from, a government: {@link org.crosscheck.model.Geoparser#roles}). Immutable.
 */
public record ReportContext(ReportSource source, AnnotatedText text, List<Place> places, int[] paragraphOf,
                            Set<Span> notSites) {
    public ReportContext {
        Objects.requireNonNull(source);
        Objects.requireNonNull(text);
        places = List.copyOf(places);
        notSites = Set.copyOf(notSites);
    }

    public static ReportContext of(ReportSource source, AnnotatedText text, List<Place> places,
                                   Set<Span> notSites) {
        int[] para = new int[text.sentences().size()];
        int p = 0;
        int prevEnd = 0;
        String body = text.text();
        for (Sentence s : text.sentences()) {
            // A blank line, or a line break in a text of long lines, starts a paragraph.
            String gap = body.substring(Math.min(prevEnd, s.start()), s.start());
            if (s.index() > 0 && gap.contains("\n")) {
                p++;
            }
            para[s.index()] = p;
            prevEnd = s.end();
        }
        return new ReportContext(source, text, places, para, notSites);
    }

    public String body() {
        return text.text();
    }

    public List<Sentence> sentences() {
        return text.sentences();
    }

    public List<Token> tokens(int sentence) {
        return text.sentences().get(sentence).tokens();
    }

    public int paragraph(int sentence) {
        return paragraphOf[sentence];
    }

    /**
     * The places with a mention inside sentence {@code sentence} that may say where something happened, in order of
     * that mention: comparisons, sources' locations and governments are left out.
     */
    public List<PlaceMention> placesIn(int sentence) {
        Sentence s = text.sentences().get(sentence);
        List<PlaceMention> out = new ArrayList<>();
        for (Place p : places) {
            p.mentions().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end() && !notSites.contains(m))
                    .forEach(m -> out.add(new PlaceMention(p, m.start(), m.end())));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The place whose mention covers {@code offset}, or null. */
    public Place placeAt(int offset) {
        for (Place p : places) {
            for (var m : p.mentions()) {
                if (m.start() <= offset && offset < m.end()) {
                    return p;
                }
            }
        }
        return null;
    }

    public record PlaceMention(Place place, int start, int end) {
    }
}
