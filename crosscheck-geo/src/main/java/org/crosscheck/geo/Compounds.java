package org.crosscheck.geo;

import static org.crosscheck.geo.PlaceWords.COMPOUND_SUFFIXES;

import java.util.EnumSet;
import java.util.Locale;
import org.crosscheck.text.Token;

/**
 * Names inside a hyphenated adjective, "London-based", "Saudi-led", "Turkish-backed": toponyms only under a policy
 * that counts names inside other words and demonyms (GeoWebNews does; the codebook does not, a "Kyiv-based" firm
 * places nothing). The name must be a notable place or a demonym: "Post-war" names no place. Stateless.
 */
final class Compounds {
    private Compounds() {
    }

    static void tag(SentenceTags st, NameFacts facts, TaggingPolicy policy) {
        if (!policy.embedded()) {
            return;
        }
        for (int i = 0; i < st.size(); i++) {
            Token t = st.ts.get(i);
            String w = t.word();
            int hy = w.indexOf('-');
            if (st.taken[i] || hy < 1 || hy == w.length() - 1 || !Character.isUpperCase(w.charAt(0))
                    || !Character.isLowerCase(w.charAt(hy + 1))) {
                continue;
            }
            String suffix = w.substring(hy + 1).toLowerCase(Locale.ROOT);
            if (!COMPOUND_SUFFIXES.contains(suffix) && !suffix.endsWith("ed")) {
                continue;
            }
            // The name may begin a word or two before: "Los Angeles-based", "Abu Dhabi-based".
            for (int from = Math.max(0, i - 2); from <= i; from++) {
                if (from < i && (st.taken[from] || !SentenceTags.isCapitalised(st.ts.get(from)))) {
                    continue;
                }
                String name = st.body.substring(st.ts.get(from).start(), t.start() + hy);
                boolean demonym = facts.gazetteer().demonymCountry(name) != null;
                if (demonym && policy.demonyms()) {
                    st.add(from, i + 1, EnumSet.of(Toponym.Cue.DEMONYM), -1);
                    break;
                } else if (!demonym && (facts.isCountryOrDivision(name)
                        || facts.gazetteer().hasPrimaryName(name) && facts.isNotable(name))) {
                    st.add(from, i + 1, EnumSet.of(Toponym.Cue.EMBEDDED), -1);
                    break;
                }
            }
        }
    }
}
