package org.crosscheck.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * The filter for a person the NER took for a place: a one-word name the text gives a person elsewhere and the
 * gazetteer lacks ("Mustafa Badreddine"... "where Badreddine was"), and a name the gazetteer lacks that the text
 * puts right after a person's title ("Commander Abu Ahmed"). Built once per text; immutable.
 */
final class PersonNames {
    /** A surname with a lower-case particle: "al-Sadr", "el-Bashir" continues the name. */
    private static final java.util.regex.Pattern PARTICLE_NAME = java.util.regex.Pattern.compile("[a-z]{1,3}-\\p{Lu}.*");

    private final String body;
    private final Map<String, int[]> counts;
    private final Set<String> titled;
    private final LuceneGazetteer gazetteer;

    PersonNames(AnnotatedText text, LuceneGazetteer gazetteer) {
        this.body = text.text();
        this.counts = counts(text);
        this.titled = afterTitles(text);
        this.gazetteer = gazetteer;
    }

    /**
     * Keys of the names right after a person's title, and of their last words: the same person named again
     * ("Vice Chairman Tin Maung said"... "Tin Maung says", "Maung added").
     */
    private static Set<String> afterTitles(AnnotatedText text) {
        Set<String> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i + 1 < ts.size(); i++) {
                int end = i + 1;
                while (end < ts.size() && end <= i + 3 && (SentenceTags.isCapitalised(ts.get(end))
                        || PARTICLE_NAME.matcher(ts.get(end).word()).matches())) {
                    end++;
                }
                if (end > i + 1 && PlaceWords.PERSON_TITLES.contains(ts.get(i).word().toLowerCase(Locale.ROOT))) {
                    out.add(Names.key(text.text().substring(ts.get(i + 1).start(), ts.get(end - 1).end())));
                    out.add(Names.key(ts.get(end - 1).word()));
                }
            }
        }
        return out;
    }

    /**
     * Per word key: how often the NER calls it PERSON, how often a place, and how often it ends a PERSON name of
     * two words or more ("Mustafa Badreddine").
     */
    private static Map<String, int[]> counts(AnnotatedText text) {
        Map<String, int[]> out = new HashMap<>();
        for (Sentence s : text.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                int[] c = out.computeIfAbsent(Names.key(t.word()), k -> new int[3]);
                if (t.ner().equals("PERSON")) {
                    c[0]++;
                    if (i > 0 && ts.get(i - 1).ner().equals("PERSON")) {
                        c[2]++;
                    }
                } else if (t.ner().equals("LOCATION") || t.ner().equals("CITY") || t.ner().equals("COUNTRY")) {
                    c[1]++;
                }
            }
        }
        return out;
    }

    /**
     * A one-word name the NER gives a person elsewhere in the text (as the surname of a full name, or more often
     * than a place), and that names no notable place: a mislabelled person ("where Badreddine was").
     */
    boolean mislabelled(Toponym t) {
        if (titled.contains(Names.key(t.name())) && !t.has(Toponym.Cue.DIVISION) && !t.has(Toponym.Cue.DATELINE)
                && !gazetteer.hasName(t.name())) {
            return true;
        }
        if (tailOfTitled(t)) {
            // "Vice Chairman Sui Khar says"... "Sui Khar takes us": the NER's place is the end of the person's name,
            // though a town abroad bears that word.
            return true;
        }
        if (t.has(Toponym.Cue.DIVISION) || t.has(Toponym.Cue.DATELINE) || t.has(Toponym.Cue.FACILITY)
                || !t.name().equals(t.text()) || t.name().contains(" ")) {
            return false;
        }
        int[] c = counts.get(Names.key(t.name()));
        if (c == null || c[0] == 0) {
            return false;
        }
        boolean surname = c[2] > 0;
        boolean mostly = c[0] >= 2 && c[0] > c[1];
        return (surname || mostly) && !gazetteer.hasName(t.name());
    }

    /** The toponym is the last word of a name the text puts after a person's title, and the rest stands before it. */
    private boolean tailOfTitled(Toponym t) {
        if (t.name().contains(" ") || !t.name().equals(t.text())) {
            return false;
        }
        String key = Names.key(t.name());
        for (String name : titled) {
            int sp = name.lastIndexOf(' ');
            if (sp < 0 || !name.substring(sp + 1).equals(key)) {
                continue;
            }
            int from = t.start() - sp - 1;
            if (from >= 0 && Names.key(body.substring(from, t.start()).strip()).equals(name.substring(0, sp))
                    && (from == 0 || !Character.isLetterOrDigit(body.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }
}
