package org.crosscheck.geo;

import static org.crosscheck.geo.SentenceTags.isCapitalised;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.text.Token;

/**
 * One sense per discourse: a name the text tags as a place where the evidence is good (the NER, a division word, a
 * locative, a list, the dateline, the text's hierarchy) is a place at its other mentions too, where the NER or the
 * context said nothing ("Vaphai village was burned... Vaphai had 300 houses"). A mention inside a longer name
 * ("the Vaphai Village School", "Vaphai Road") or an organisation's is left alone. Stateless.
 */
final class Echoes {
    private static final Set<Toponym.Cue> EVIDENCE = EnumSet.of(Toponym.Cue.NER, Toponym.Cue.DIVISION,
            Toponym.Cue.LOCATIVE, Toponym.Cue.LIST, Toponym.Cue.DATELINE, Toponym.Cue.GAZETTEER);

    private Echoes() {
    }

    /** Adds, in every sentence, the untagged mentions of names that {@code found} tags with good evidence. */
    static void tag(List<SentenceTags> sentences, List<Toponym> found) {
        Set<String> names = new HashSet<>();
        for (Toponym t : found) {
            // An abbreviation echoes nothing: "Mass." is Massachusetts, "Mass" a service.
            if (t.cues().stream().anyMatch(EVIDENCE::contains) && !t.has(Toponym.Cue.DEMONYM)
                    && !t.has(Toponym.Cue.EMBEDDED) && !t.name().endsWith(".")) {
                names.add(Names.key(t.name()));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (SentenceTags st : sentences) {
            int n = st.size();
            for (int i = 0; i < n; i++) {
                if (st.taken[i] || !isCapitalised(st.ts.get(i)) || i > 0 && continuesName(st.ts.get(i - 1))) {
                    continue;
                }
                for (int len = 4; len >= 1; len--) {
                    int end = i + len;
                    if (end > n || !st.free(i, end) || !Character.isLetterOrDigit(st.word(end - 1).codePointAt(0))) {
                        // A mention ends at a word: not at the quote or comma after it ('Arbinda",').
                        continue;
                    }
                    String key = Names.key(st.body.substring(st.ts.get(i).start(), st.ts.get(end - 1).end()));
                    if (!names.contains(key) || end < n && continuesName(st.ts.get(end))
                            || organisation(st, i, end)) {
                        continue;
                    }
                    st.add(i, end, EnumSet.of(Toponym.Cue.ECHO), -1);
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /** A capitalised proper noun next to the mention: the mention is part of a longer name. */
    private static boolean continuesName(Token t) {
        return isCapitalised(t) && SentenceTags.isProperNoun(t) && !t.word().equals("I");
    }

    /** Part of an organisation's name by the NER ("the Kano Pillars"); a person label is left to the person rule. */
    private static boolean organisation(SentenceTags st, int from, int to) {
        for (int k = from; k < to; k++) {
            if (st.ts.get(k).ner().equals("ORGANIZATION")) {
                return true;
            }
        }
        return false;
    }
}
